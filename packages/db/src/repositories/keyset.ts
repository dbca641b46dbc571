import type { Page, SortOrder } from "@shipyard/contract";
import { decodeCursor, encodeCursor } from "@shipyard/core";
import { and, asc, count, desc, eq, getTableColumns, gt, lt, or, type SQL, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Db } from "../database.ts";

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

export const iso = (d: Date | null | undefined): string | null => (d ? d.toISOString() : null);
