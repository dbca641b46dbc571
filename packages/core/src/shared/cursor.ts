import { invalid } from "./errors.ts";

/** Keyset cursor: the sort value and id of the last row on the previous page. */
export interface Cursor {
  v: string | number;
  id: string;
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.v, c.id]), "utf8").toString("base64url");
}

export function decodeCursor(raw: string): Cursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      (typeof parsed[0] === "string" || typeof parsed[0] === "number") &&
      typeof parsed[1] === "string"
    ) {
      return { v: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through
  }
  throw invalid(
    "cursor is not a cursor this server issued.",
    "Pass the nextCursor value from the previous page unchanged, or omit cursor to start from the first page.",
  );
}
