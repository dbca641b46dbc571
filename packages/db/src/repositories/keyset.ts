import type { Page, SortOrder } from "@shipyard/contract";
import { decodeCursor, encodeCursor } from "@shipyard/core";
import {
  and,
  asc,
  count,
  desc,
  eq,
  fillPlaceholders,
  getTableColumns,
  gt,
  lt,
  or,
  type Placeholder,
  type SQL,
  sql,
} from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { type ArrayQuery, arrayQueryOf, type Db } from "../database.ts";

const TOTAL = "__shipyard_total";

export interface KeysetQuery {
  limit: number;
  cursor?: string | undefined;
  order: SortOrder;
}

/**
 * One page of a list ordered by (sortColumn, id), with the total count of matching rows.
 * The cursor carries the last row's sort value and id, so pages stay stable under inserts.
 */
export async function keysetPage<Row extends Record<string, unknown>, Item>(opts: {
  db: Db;
  table: PgTable;
  sortColumn: PgColumn;
  sortKey: keyof Row & string;
  idColumn: PgColumn;
  where: (SQL | undefined)[];
  query: KeysetQuery;
  map: (row: Row) => Item;
}): Promise<Page<Item>> {
  const { db, table, sortColumn, idColumn, query } = opts;
  const filters = opts.where.filter((w): w is SQL => w !== undefined);
  const base = filters.length > 0 ? and(...filters) : undefined;
  let pageWhere = base;
  if (query.cursor) {
    const c = decodeCursor(query.cursor);
    const v = sortColumn.dataType === "date" ? new Date(String(c.v)) : c.v;
    const cmp = query.order === "desc" ? lt : gt;
    const after = or(cmp(sortColumn, v), and(eq(sortColumn, v), cmp(idColumn, c.id)));
    pageWhere = base ? and(base, after) : after;
  }
  const dir = query.order === "desc" ? desc : asc;
  // One statement, one round trip: the page (limit + 1 rows, to know whether there is more) with the
  // total of rows matching the filters as an uncorrelated subquery (computed once, not per row).
  const totalSql = base ? sql`(select count(*) from ${table} where ${base})` : sql`(select count(*) from ${table})`;
  const withTotal = (await db
    .select({ ...getTableColumns(table), [TOTAL]: totalSql.mapWith(Number) })
    .from(table)
    .where(pageWhere)
    .orderBy(dir(sortColumn), dir(idColumn))
    .limit(query.limit + 1)) as unknown as (Row & { [TOTAL]: number })[];
  const rows: Row[] = withTotal;
  // an empty page has no row to carry the total: count on its own (past the end, or nothing matches)
  const totals =
    withTotal.length > 0 ? [{ n: withTotal[0]?.[TOTAL] ?? 0 }] : await db.select({ n: count() }).from(table).where(base);
  const more = rows.length > query.limit;
  const pageRows = more ? rows.slice(0, query.limit) : rows;
  const last = pageRows[pageRows.length - 1];
  let nextCursor: string | null = null;
  if (more && last) {
    const sv = last[opts.sortKey];
    nextCursor = encodeCursor({ v: sv instanceof Date ? sv.toISOString() : (sv as string | number), id: String(last.id) });
  }
  return { items: pageRows.map(opts.map), nextCursor, total: Number(totals[0]?.n ?? 0) };
}

/** Builds a filter from placeholders: `p()` stands for the filter's value, `p("x")` for its value's field `x`. */
export type KeysetFilter = (p: (field?: string) => Placeholder) => SQL;

/** A row as a list maps it: timestamps (with time zone) as ISO 8601 strings, as the API shows them. */
export type ListRow<Row> = {
  [K in keyof Row]: Row[K] extends Date ? string : Row[K] extends Date | null ? string | null : Row[K];
};

/**
 * Named PostgreSQL statements per list, at most: a list has a finite set of shapes (sort × order ×
 * cursor × which filters), but with many filters that set is large; shapes past this many still
 * reuse their built SQL, as unnamed statements (parsed each time).
 */
export const NAMED_SHAPES_PER_LIST = 32;

let statementCounter = 0;

/**
 * `new Date(text).toISOString()` for PostgreSQL's text of a timestamptz in a UTC session
 * ("2026-11-22 04:53:16.12+00"), without the Date: a list page converts a hundred of them and
 * toISOString is the costly half. Anything else (another session time zone, years outside
 * 1000–9999, more than 3 fractional digits, infinity) takes the Date path.
 */
export function isoOfTimestamptz(text: string): string {
  const n = text.length;
  if (
    n >= 22 &&
    n <= 26 &&
    n !== 23 &&
    text.charCodeAt(4) === 45 /* - */ &&
    text.charCodeAt(10) === 32 /* space */ &&
    text.charCodeAt(0) >= 49 /* 1-9 */ &&
    text.endsWith("+00")
  ) {
    const day = text.slice(0, 10);
    const time = text.slice(11, 19);
    if (n === 22) return `${day}T${time}.000Z`;
    if (text.charCodeAt(19) === 46 /* . */) return `${day}T${time}.${text.slice(20, n - 3).padEnd(3, "0")}Z`;
  }
  return new Date(text).toISOString();
}

/** From the driver's (non-null) value to the list row's: the column's own conversion, timestamps to ISO strings. */
function decoderOf(column: PgColumn): (value: unknown) => unknown {
  if (column.dataType === "date") {
    if ((column as unknown as { withTimezone?: boolean }).withTimezone === true) {
      return (v) => (typeof v === "string" ? isoOfTimestamptz(v) : (column.mapFromDriverValue(v) as Date).toISOString());
    }
    return (v) => (column.mapFromDriverValue(v) as Date).toISOString();
  }
  return (v) => column.mapFromDriverValue(v);
}

/** The same, for a value drizzle has converted already (the fallback path): only Dates change. */
const fromDrizzle = (v: unknown) => (v instanceof Date ? v.toISOString() : v);

interface Statement {
  text: string;
  params: unknown[];
  name: string | undefined;
  /** drizzle's own (unnamed) prepared query, for databases arrayQueryOf does not know */
  drizzle: { execute(values: Record<string, unknown>): Promise<Record<string, unknown>[]> };
}

interface Shape {
  page: Statement;
  count: Statement;
  /** placeholder name → where its value comes from: a filter's value (or a field of it), or the cursor (null) */
  reads: [name: string, from: string | null, field: string | undefined][];
}

/**
 * A keyset-paginated list whose statements are built once per shape — which sort, which order,
 * with or without a cursor, which filters are present — with placeholders for every value, then
 * run as prepared statements (named on PostgreSQL: parsed and planned once per connection) whose
 * rows are mapped by a decoder made once per list. Same rows, order, cursors and totals as
 * `keysetPage`; what is gone is building the SQL and drizzle's generic row mapping per request.
 */
export function keysetList<Row extends Record<string, unknown>, Sort extends string, Filter extends string>(def: {
  /** a short name for the statements, e.g. "tokens" */
  name: string;
  table: PgTable;
  /** the columns a page reads (the list's map sees only these), by row key */
  columns: { [K in keyof Row]: PgColumn };
  idColumn: PgColumn;
  sorts: Record<Sort, { column: PgColumn; key: keyof Row & string }>;
  filters: Record<Filter, KeysetFilter>;
}) {
  const filterKeys = Object.keys(def.filters) as Filter[];
  const keys = Object.keys(def.columns);
  const fromDriver = keys.map((k) => decoderOf(def.columns[k] as PgColumn));
  const fromDrizzleAll = keys.map(() => fromDrizzle);
  const totalIndex = keys.length;
  // per database (its pool's connections hold the named statements): shapes by key, and how many are named
  const shapesByDb = new WeakMap<Db, { shapes: Map<string, Shape>; named: number }>();

  function statement(
    builder: { toSQL(): { sql: string; params: unknown[] }; prepare(name: string): unknown },
    name: string | undefined,
  ): Statement {
    const { sql: text, params } = builder.toSQL();
    // drizzle's prepared query without a name: an unnamed statement, built once, parsed each time
    return { text, params, name, drizzle: builder.prepare(undefined as unknown as string) as Statement["drizzle"] };
  }

  function build(db: Db, named: boolean, sort: Sort, order: SortOrder, withCursor: boolean, present: Filter[]): Shape {
    const reads: Shape["reads"] = [];
    const placeholder = (name: string, from: string | null, field?: string) => {
      if (!reads.some((r) => r[0] === name)) reads.push([name, from, field]);
      return sql.placeholder(name);
    };
    const filters = present.map((key, i) =>
      def.filters[key]((field) => placeholder(`f${i}${field ? `_${field}` : ""}`, key, field)),
    );
    const base = filters.length > 0 ? and(...filters) : undefined;
    const { column: sortColumn } = def.sorts[sort];
    let pageWhere = base;
    if (withCursor) {
      const cmp = order === "desc" ? lt : gt;
      const v = placeholder("cursor_v", null, "v");
      const after = or(cmp(sortColumn, v), and(eq(sortColumn, v), cmp(def.idColumn, placeholder("cursor_id", null, "id"))));
      pageWhere = base ? and(base, after) : after;
    }
    const dir = order === "desc" ? desc : asc;
    const totalSql = base ? sql`(select count(*) from ${def.table} where ${base})` : sql`(select count(*) from ${def.table})`;
    // unique in the process: a connection refuses one name for two texts
    const name = named ? `sy_${def.name}_${++statementCounter}` : undefined;
    const page = db
      .select({ ...(def.columns as Record<string, PgColumn>), [TOTAL]: totalSql.mapWith(Number) })
      .from(def.table)
      .where(pageWhere)
      .orderBy(dir(sortColumn), dir(def.idColumn))
      .limit(sql.placeholder("limit"));
    const total = db.select({ n: count() }).from(def.table).where(base);
    return { page: statement(page, name), count: statement(total, name && `${name}_n`), reads };
  }

  /**
   * Rows of a statement as arrays in column order: the driver's values (`decoded` false), or where
   * arrayQueryOf does not know the database (a transaction), drizzle's, converted already.
   */
  async function run(query: ArrayQuery | undefined, s: Statement, values: Record<string, unknown>, columns: string[]) {
    if (query) {
      return { rows: await query({ name: s.name, text: s.text, params: fillPlaceholders(s.params, values) }), decoded: false };
    }
    const rows = await s.drizzle.execute(values);
    return { rows: rows.map((r) => columns.map((c) => r[c])), decoded: true };
  }

  return {
    /** One page; `filters` holds each present filter's value (a filter whose value is undefined is left out). */
    async page<Item>(
      db: Db,
      req: {
        sort: Sort;
        filters: Partial<Record<Filter, unknown>>;
        query: KeysetQuery;
        map: (row: ListRow<Row>) => Item;
      },
    ): Promise<Page<Item>> {
      const { query } = req;
      const arrayQuery = arrayQueryOf(db);
      const present = filterKeys.filter((k) => req.filters[k] !== undefined);
      const withCursor = Boolean(query.cursor);
      const key = `${req.sort} ${query.order} ${withCursor ? 1 : 0} ${present.join(",")}`;
      let cache = shapesByDb.get(db);
      if (!cache) {
        cache = { shapes: new Map(), named: 0 };
        shapesByDb.set(db, cache);
      }
      let shape = cache.shapes.get(key);
      if (!shape) {
        // names only on a database's own pool: a transaction's connection would keep them after it ends
        const named = arrayQuery !== undefined && cache.named < NAMED_SHAPES_PER_LIST;
        if (named) cache.named++;
        shape = build(db, named, req.sort, query.order, withCursor, present);
        cache.shapes.set(key, shape);
      }
      const { column: sortColumn, key: sortKey } = def.sorts[req.sort];
      let cursor: { v: unknown; id: string } | undefined;
      if (query.cursor) {
        const c = decodeCursor(query.cursor);
        // what drizzle sends for a Date bound to a timestamp column: its ISO string
        cursor = { v: sortColumn.dataType === "date" ? new Date(String(c.v)).toISOString() : c.v, id: c.id };
      }
      const values: Record<string, unknown> = { limit: query.limit + 1 };
      for (const [name, from, field] of shape.reads) {
        const value = from === null ? cursor : req.filters[from as Filter];
        values[name] = field === undefined ? value : (value as Record<string, unknown>)[field];
      }
      const { rows: raw, decoded } = await run(arrayQuery, shape.page, values, [...keys, TOTAL]);
      const decoders = decoded ? fromDrizzleAll : fromDriver;
      let total: number;
      if (raw.length > 0) total = Number(raw[0]?.[totalIndex] ?? 0);
      else {
        // an empty page has no row to carry the total: count on its own (past the end, or nothing matches)
        const counted = await run(arrayQuery, shape.count, values, ["n"]);
        total = Number(counted.rows[0]?.[0] ?? 0);
      }
      const more = raw.length > query.limit;
      const n = more ? query.limit : raw.length;
      const items: Item[] = new Array(n);
      let last: Record<string, unknown> | undefined;
      for (let i = 0; i < n; i++) {
        const values = raw[i] as unknown[];
        const row: Record<string, unknown> = {};
        for (let c = 0; c < keys.length; c++) {
          const v = values[c];
          row[keys[c] as string] = v === null ? null : (decoders[c] as (v: unknown) => unknown)(v);
        }
        items[i] = req.map(row as ListRow<Row>);
        last = row;
      }
      let nextCursor: string | null = null;
      if (more && last) {
        nextCursor = encodeCursor({ v: last[sortKey] as string | number, id: String(last.id) });
      }
      return { items, nextCursor, total };
    },
  };
}

export const iso = (d: Date | null | undefined): string | null => (d ? d.toISOString() : null);
