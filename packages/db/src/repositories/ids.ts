import { randomBytes } from "node:crypto";

/** Time-ordered, URL-safe ids with a type prefix: `usr_01j…`. */
export function newId(prefix: string): string {
  const time = Date.now().toString(36).padStart(9, "0");
  const rand = randomBytes(10).toString("base64url").replace(/[-_]/g, "x").slice(0, 12).toLowerCase();
  return `${prefix}_${time}${rand}`;
}
