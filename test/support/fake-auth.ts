/**
 * A stand-in for server/auth.ts, for integration tests that call route
 * handlers and server actions directly. next-auth cannot load here (it
 * imports "next/server", which Node's ESM resolver does not find) and its
 * auth() reads the session cookie through next/headers, which only works in
 * Next's request scope. Production code is unchanged; a test says who is
 * signed in by setting `session.user`:
 *
 *   import { session } from "@/test/support/fake-auth";
 *   vi.mock("@/server/auth", () => import("@/test/support/fake-auth"));
 */
import { unauthorized } from "@/server/errors";

export type SessionUser = { id: string; name: string; email: string };

/** Whoever is signed in now; undefined for a signed-out visitor (401). */
export const session: { user: SessionUser | undefined } = { user: undefined };

async function user(): Promise<SessionUser> {
  if (!session.user) throw unauthorized();
  return session.user;
}

export const getCurrentUser = async () => session.user ?? null;
export const requireUser = user;
export const requireApiUser = user;
