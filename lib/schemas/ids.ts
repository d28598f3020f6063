import { z } from "@/lib/schemas/zod";

/**
 * The shape of every row id: Prisma's `cuid()` (cuid v1) is "c" followed by
 * 24 lower-case base-36 characters (its timestamp block stays 8 long until
 * 2059). Ids from URLs, forms and action arguments are checked against it
 * before any query, so NUL bytes, objects (which Prisma would read as a
 * filter) and other junk never reach the database: a malformed id is simply
 * an id that does not exist.
 */
export const ZId = z.string().regex(/^c[0-9a-z]{24}$/);

/** Whether a value from outside can be a row id at all. */
export function isId(value: unknown): value is string {
  return ZId.safeParse(value).success;
}
