import "server-only";
import { db } from "@/server/db";

const MINUTE = 60 * 1000;

/**
 * Sign-in links one may ask for within a window, counted in PostgreSQL so
 * every app instance agrees. EMAIL keeps anyone from filling a person's
 * inbox (or guessing at their links); ADDRESS keeps one machine from asking
 * for links for many addresses. Both apply whether or not an account uses
 * the address, so the limit reveals nothing about accounts.
 */
export const SIGN_IN_LINK_LIMITS = {
  EMAIL: { requests: 5, windowMs: 15 * MINUTE },
  ADDRESS: { requests: 20, windowMs: 15 * MINUTE },
} as const;

export type SignInLinkLimit = keyof typeof SIGN_IN_LINK_LIMITS;

export type AdmitSignInLinkOptions = {
  /** The normalised (lower-cased) email the link is for. */
  email: string;
  /** The client's address (server/client-ip.ts). */
  ip: string;
  now?: Date;
};

/** Any fixed number: it keeps these advisory locks apart from any others. */
const LOCK_CLASS = 0x4c69_6e6b;

/**
 * Admits and records one link request, or names the limit it is over.
 * Counting and recording happen under advisory locks on the email and the
 * address (the email first, always, so no deadlock), so requests sent all
 * at once are counted one after another. Refused requests are not recorded.
 */
export async function admitSignInLink({
  email,
  ip,
  now = new Date(),
}: AdmitSignInLinkOptions): Promise<{ ok: true } | { ok: false; limit: SignInLinkLimit }> {
  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_CLASS}::int, hashtext(${`email:${email}`}))`;
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_CLASS}::int, hashtext(${`address:${ip}`}))`;
    const since = (limit: SignInLinkLimit) =>
      new Date(now.getTime() - SIGN_IN_LINK_LIMITS[limit].windowMs);
    const [byEmail, byAddress] = await Promise.all([
      tx.signInLinkRequest.count({ where: { email, createdAt: { gt: since("EMAIL") } } }),
      tx.signInLinkRequest.count({ where: { ip, createdAt: { gt: since("ADDRESS") } } }),
    ]);
    if (byEmail >= SIGN_IN_LINK_LIMITS.EMAIL.requests) return { ok: false, limit: "EMAIL" };
    if (byAddress >= SIGN_IN_LINK_LIMITS.ADDRESS.requests) return { ok: false, limit: "ADDRESS" };
    await tx.signInLinkRequest.create({ data: { email, ip, createdAt: now } });
    return { ok: true };
  });
}
