import "server-only";
import { env } from "@/lib/env";
import { collabInternalSecret } from "./collab-token";
import type { TInvalidation } from "@/lib/collab-invalidation";

/**
 * Tells the collab server that people's rights on some documents changed, so
 * it closes their sockets and they reconnect with the rights they have now.
 * Best effort: the database has already changed, and a collab server that
 * cannot be reached re-checks everyone when they reconnect anyway.
 */
export async function notifyCollab(invalidation: Partial<TInvalidation>): Promise<void> {
  const { COLLAB_INTERNAL_URL, COLLAB_PORT } = env();
  const base = COLLAB_INTERNAL_URL ?? `http://127.0.0.1:${COLLAB_PORT}`;
  try {
    const response = await fetch(new URL("/internal/invalidate", base), {
      method: "POST",
      headers: {
        Authorization: `Bearer ${collabInternalSecret()}`,
        "Content-Type": "application/json",
      },
      body: JSON.stringify({ documents: [], members: [], ...invalidation }),
      signal: AbortSignal.timeout(2_000),
    });
    if (!response.ok) console.warn(`[collab] invalidation answered ${response.status}`);
  } catch (error) {
    console.warn(
      `[collab] could not reach the collab server at ${base}: ${(error as Error).message}`,
    );
  }
}
