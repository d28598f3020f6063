import "server-only";
import { createHash, randomBytes } from "node:crypto";

/** How long an invite link works. */
export const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** A new secret for an invite link, and the hash we store instead of it. */
export function newInviteToken() {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInviteToken(token) };
}

/** Whether a value from a link or an action argument can be a token we issued (43 base64url characters). */
export function isInviteToken(value: unknown): value is string {
  return typeof value === "string" && /^[A-Za-z0-9_-]{43}$/.test(value);
}

export const hashInviteToken = (token: string) => createHash("sha256").update(token).digest("hex");
