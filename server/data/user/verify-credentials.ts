import "server-only";
import { db } from "@/server/db";
import { decoyHash, verifyPassword } from "@/server/passwords";
import { ZSignInSchema } from "@/lib/schemas/auth";

/** Failed attempts allowed per account, and per IP, within the window. */
export const SIGN_IN_LIMIT = { attempts: 10, windowMs: 15 * 60 * 1000 } as const;

export type VerifyCredentialsOptions = { input: unknown; ip: string; now?: Date };

export type VerifyCredentialsResult =
  | { ok: true; user: { id: string; name: string; email: string } }
  | { ok: false; reason: "INVALID" | "THROTTLED"; retryAfterMs?: number };

/**
 * Checks an email and password, counting failures per account and per IP in
 * PostgreSQL so every app instance throttles alike. A throttled request is
 * refused before the password is checked, so guessing stops paying off.
 */
export async function verifyCredentials({
  input,
  ip,
  now = new Date(),
}: VerifyCredentialsOptions): Promise<VerifyCredentialsResult> {
  const parsed = ZSignInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "INVALID" };
  const { email, password } = parsed.data;

  const since = new Date(now.getTime() - SIGN_IN_LIMIT.windowMs);
  const recent = await db().signInAttempt.findMany({
    where: { createdAt: { gt: since }, OR: [{ email }, { ip }] },
    select: { email: true, ip: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  });
  for (const key of ["email", "ip"] as const) {
    const value = key === "email" ? email : ip;
    const failures = recent.filter((attempt) => attempt[key] === value);
    const oldest = failures[failures.length - SIGN_IN_LIMIT.attempts];
    if (oldest) {
      const retryAfterMs = oldest.createdAt.getTime() + SIGN_IN_LIMIT.windowMs - now.getTime();
      return { ok: false, reason: "THROTTLED", retryAfterMs };
    }
  }

  const user = await db().user.findUnique({ where: { email } });
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash()), password);
  if (!user || !valid) {
    await db().signInAttempt.create({ data: { email, ip, createdAt: now } });
    return { ok: false, reason: "INVALID" };
  }
  // A success clears the account's slate; the IP's failures on other accounts still count.
  await db().signInAttempt.deleteMany({ where: { email } });
  return { ok: true, user: { id: user.id, name: user.name, email: user.email } };
}
