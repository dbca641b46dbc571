/** A PostgreSQL unique-constraint violation (SQLSTATE 23505), as node-postgres or PGlite report it, possibly wrapped by drizzle. */
export function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: string; cause?: { code?: string } };
  return err.code === "23505" || err.cause?.code === "23505";
}
