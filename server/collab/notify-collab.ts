import "server-only";
import { env } from "@/lib/env";
import { collabInternalSecret } from "./collab-token";
import type { TInvalidation } from "@/lib/collab-invalidation";

type Endpoint = "freeze" | "invalidate" | "store" | "restore";

/**
 * A freeze stores documents before answering: give it longer than a plain
 * invalidation; a store or a restore may retry a failing save for seconds.
 */
const TIMEOUT_MS: Record<Endpoint, number> = {
  freeze: 3_000,
  invalidate: 2_000,
  store: 3_000,
  restore: 10_000,
};

/**
 * Posts to a collab server's internal endpoint with the shared secret: its
 * response, or undefined when no collab server answered in time.
 */
export async function postToCollab(
  endpoint: Endpoint,
  body: unknown,
): Promise<Response | undefined> {
  const { COLLAB_INTERNAL_URL, COLLAB_PORT } = env();
  const base = COLLAB_INTERNAL_URL ?? `http://127.0.0.1:${COLLAB_PORT}`;
  try {
    return await fetch(new URL(`/internal/${endpoint}`, base), {
      method: "POST",
      headers: {
        Authorization: `Bearer ${collabInternalSecret()}`,
        "Content-Type": "application/json",
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS[endpoint]),
    });
  } catch (error) {
    console.warn(
      `[collab] could not reach the collab server at ${base} (${endpoint}): ${(error as Error).message}`,
    );
    return undefined;
  }
}

async function post(
  endpoint: "freeze" | "invalidate",
  invalidation: Partial<TInvalidation>,
): Promise<boolean> {
  const response = await postToCollab(endpoint, { documents: [], members: [], ...invalidation });
  if (response?.ok) return true;
  if (response) console.warn(`[collab] ${endpoint} answered ${response.status}`);
  return false;
}

/**
 * Tells the collab server that people's rights on some documents changed, so
 * it revokes their connections and they reconnect with the rights they have
 * now. Best effort: the database has already changed, its trigger tells
 * every collab server too, and the store refuses what may no longer be
 * written whatever any server heard.
 */
export async function notifyCollab(invalidation: Partial<TInvalidation>): Promise<void> {
  await post("invalidate", invalidation);
}

/**
 * Runs a change of rights (completing a stage, removing a member) so that
 * edits made before it are kept and none made after it are: first the
 * affected connections become read-only and their documents are stored
 * (freeze), then the change commits, then the connections are revoked —
 * also when the change is refused, since they were frozen. If the collab
 * server cannot be reached, the change still goes ahead: edits it had not
 * stored are then refused by the store, and their authors are told.
 */
export async function whileCollabFrozen<T>(
  invalidation: Partial<TInvalidation>,
  change: () => Promise<T>,
): Promise<T> {
  await post("freeze", invalidation);
  try {
    return await change();
  } finally {
    await notifyCollab(invalidation);
  }
}
