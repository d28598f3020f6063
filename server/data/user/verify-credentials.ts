import "server-only";
import { db, type DbTx } from "@/server/db";
import { decoyHash, verifyPassword } from "@/server/passwords";
import { ZSignInSchema } from "@/lib/schemas/auth";
import type { Prisma } from "@/generated/prisma/client";

const MINUTE = 60 * 1000;

/**
 * Failed sign-ins allowed within a window, counted in PostgreSQL so every app
 * instance agrees. A request over any limit is refused before its password is
 * checked, so guessing stops paying off.
 *
 * - ACCOUNT_ADDRESS, the hard limit: one account from one address. It also
 *   refuses the right password, but only from that address, so an attacker
 *   locks out nobody but themselves.
 * - ADDRESS: one address across accounts (trying one password on many). An
 *   office behind one address shares it; it only ever blocks that address.
 * - ACCOUNT: one account across addresses, slower and larger: it caps what a
 *   botnet with many addresses can guess. Tripping it locks the owner's
 *   password out until the window clears; an emailed sign-in link still works.
 */
export const SIGN_IN_LIMITS = {
  ACCOUNT_ADDRESS: { attempts: 10, windowMs: 15 * MINUTE },
  ADDRESS: { attempts: 10, windowMs: 15 * MINUTE },
  ACCOUNT: { attempts: 100, windowMs: 24 * 60 * MINUTE },
} as const;

export type SignInLimit = keyof typeof SIGN_IN_LIMITS;

export type VerifyCredentialsOptions = {
  input: unknown;
  /** The client's address (server/client-ip.ts), never a header a client controls. */
  ip: string;
  now?: Date;
};

export type VerifyCredentialsResult =
  | { ok: true; user: { id: string; name: string; email: string } }
  | { ok: false; reason: "INVALID" }
  | { ok: false; reason: "THROTTLED"; limit: SignInLimit; retryAfterMs: number };

/** Checks an email and password under the limits above. */
export async function verifyCredentials({
  input,
  ip,
  now = new Date(),
}: VerifyCredentialsOptions): Promise<VerifyCredentialsResult> {
  const parsed = ZSignInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "INVALID" };
  const { email, password } = parsed.data;

  const throttled = await admitAttempt({ email, ip, now });
  if (throttled) return { ok: false, reason: "THROTTLED", ...throttled };

  const user = await db().user.findUnique({ where: { email } });
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash()), password);
  // A failure is already recorded (admitAttempt).
  if (!user || !valid) return { ok: false, reason: "INVALID" };
  // Removes this attempt's own row with the address's earlier failures on the
  // account, and only those: if a success cleared the account everywhere, an
  // attacker's count would restart every time the owner signs in. The rest age
  // out of their windows.
  await db().signInAttempt.deleteMany({ where: { email, ip } });
  return { ok: true, user: { id: user.id, name: user.name, email: user.email } };
}

/** Any fixed number: it keeps these advisory locks apart from any others. */
const LOCK_CLASS = 0x5167_6e49;

/**
 * Counts this email's and address's failures and, when under every limit,
 * records this attempt as a failure before its password is checked (a success
 * removes it again). Counting and recording happen under transaction-level
 * advisory locks on the account and on the address, so concurrent attempts
 * take turns: each sees every attempt admitted before it, and no more than a
 * limit's worth can be checked however many arrive at once. Without the lock,
 * 50 simultaneous guesses were all counted before any was recorded, and all
 * were checked. The locks are held only for these few queries, never during
 * the slow hash. Refused attempts are not recorded: otherwise one address
 * hammering an account would soon fill the account's wide limit and lock its
 * owner out everywhere.
 */
async function admitAttempt(key: {
  email: string;
  ip: string;
  now: Date;
}): Promise<{ limit: SignInLimit; retryAfterMs: number } | null> {
  return db().$transaction(async (tx) => {
    // Always the account first, then the address: one order, so no deadlock.
    // A hash collision only makes two unrelated keys take turns.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_CLASS}::int, hashtext(${`account:${key.email}`}))`;
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_CLASS}::int, hashtext(${`address:${key.ip}`}))`;
    const throttled = await exceededLimit(tx, key);
    if (throttled) return throttled;
    await tx.signInAttempt.create({
      data: { email: key.email, ip: key.ip, createdAt: key.now },
    });
    return null;
  });
}

const SCOPES: Record<
  SignInLimit,
  (key: { email: string; ip: string }) => Prisma.SignInAttemptWhereInput
> = {
  ACCOUNT_ADDRESS: ({ email, ip }) => ({ email, ip }),
  ADDRESS: ({ ip }) => ({ ip }),
  ACCOUNT: ({ email }) => ({ email }),
};

/**
 * The first limit this email and address are over, and how long until it
 * admits them again: when the Nth newest failure in its window ages out, fewer
 * than N remain (throttled attempts are not recorded, so nothing newer comes).
 * Each check reads one row through the (email|ip, createdAt) indexes.
 */
async function exceededLimit(
  tx: DbTx,
  key: {
    email: string;
    ip: string;
    now: Date;
  },
): Promise<{ limit: SignInLimit; retryAfterMs: number } | null> {
  const names = Object.keys(SIGN_IN_LIMITS) as SignInLimit[];
  const nthNewest = await Promise.all(
    names.map((name) => {
      const { attempts, windowMs } = SIGN_IN_LIMITS[name];
      return tx.signInAttempt.findFirst({
        where: {
          ...SCOPES[name](key),
          createdAt: { gt: new Date(key.now.getTime() - windowMs) },
        },
        orderBy: { createdAt: "desc" },
        skip: attempts - 1,
        select: { createdAt: true },
      });
    }),
  );
  for (const [index, name] of names.entries()) {
    const attempt = nthNewest[index];
    if (!attempt) continue;
    const reopensAt = attempt.createdAt.getTime() + SIGN_IN_LIMITS[name].windowMs;
    return { limit: name, retryAfterMs: reopensAt - key.now.getTime() };
  }
  return null;
}
