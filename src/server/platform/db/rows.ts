/**
 * The rows of a raw `db.execute(sql…)` result. node-postgres and PGlite both return `{ rows }` (drizzle passes the
 * driver's result through); `T` states the SELECT list, which raw SQL cannot check.
 */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return (result as { rows?: T[] }).rows ?? [];
}
