import { z } from "zod";

export const SortOrder = z.enum(["asc", "desc"]);
export type SortOrder = z.infer<typeof SortOrder>;

/**
 * Query parameters shared by every list endpoint: cursor pagination with a page size,
 * a sort field (each list names the fields it allows) and an order.
 */
export const pageQuery = <S extends [string, ...string[]]>(
  sortFields: S,
  defaultSort: S[number],
  defaultOrder: SortOrder = "desc",
) =>
  z.strictObject({
    limit: z.coerce
      .number({ error: "limit must be a whole number between 1 and 200" })
      .int("limit must be a whole number between 1 and 200")
      .min(1, "limit must be at least 1")
      .max(200, "limit must be at most 200")
      .default(50),
    cursor: z.string().min(1).max(512).optional().describe("Opaque cursor from the previous page's nextCursor"),
    sort: z.enum(sortFields).default(defaultSort as S[number]),
    order: SortOrder.default(defaultOrder),
  });

export const page = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    nextCursor: z.string().nullable().describe("Pass as cursor to get the next page; null on the last page"),
    total: z.number().int().describe("Number of items matching the filters"),
  });

export type Page<T> = { items: T[]; nextCursor: string | null; total: number };
