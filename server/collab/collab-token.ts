import "server-only";
import { hkdfSync } from "node:crypto";
import { errors, jwtVerify, SignJWT } from "jose";
import { env } from "@/lib/env";

/**
 * Short-lived tokens that let a browser open one section on the collab
 * server. Signed with a key derived from AUTH_SECRET, so app and collab
 * instances need no other shared secret. The collab server still re-reads
 * membership and stage state from the database on every connection: the
 * token says who, never what they may do.
 */
const TOKEN_TTL_SECONDS = 5 * 60;
const AUDIENCE = "foreword-collab";

const derive = (purpose: string) =>
  new Uint8Array(hkdfSync("sha256", env().AUTH_SECRET, "foreword", purpose, 32));

let tokenKey: Uint8Array | undefined;
const key = () => (tokenKey ??= derive("collab-token"));

/** The secret guarding the collab server's internal endpoint. */
export function collabInternalSecret(): string {
  return Buffer.from(derive("collab-internal")).toString("base64url");
}

export type CollabClaims = { userId: string; sectionId: string };

export async function signCollabToken({ userId, sectionId }: CollabClaims, now = Date.now()) {
  const issuedAt = Math.floor(now / 1000);
  const expiresAt = issuedAt + TOKEN_TTL_SECONDS;
  const token = await new SignJWT({ sid: sectionId })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(userId)
    .setAudience(AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(expiresAt)
    .sign(key());
  return { token, expiresAt: new Date(expiresAt * 1000) };
}

export class CollabTokenError extends Error {
  constructor(readonly reason: "token-expired" | "token-invalid") {
    super(
      reason === "token-expired"
        ? "The collab token has expired."
        : "The collab token is not valid.",
    );
  }
}

/** The claims of a valid token; throws CollabTokenError otherwise. */
export async function verifyCollabToken(token: string): Promise<CollabClaims> {
  try {
    const { payload } = await jwtVerify(token, key(), {
      audience: AUDIENCE,
      algorithms: ["HS256"],
    });
    if (typeof payload.sub !== "string" || typeof payload.sid !== "string")
      throw new CollabTokenError("token-invalid");
    return { userId: payload.sub, sectionId: payload.sid };
  } catch (error) {
    if (error instanceof CollabTokenError) throw error;
    throw new CollabTokenError(
      error instanceof errors.JWTExpired ? "token-expired" : "token-invalid",
    );
  }
}
