import type { beforeHandleAwarenessPayload, Connection, Extension } from "@hocuspocus/server";
import { z } from "@/lib/schemas/zod";
import { userColor } from "@/lib/user-color";
import { YJS_FIELD } from "@/editor/extensions";
import type { CollabContext } from "../refusal";

const ZId = z.object({
  client: z.number().int().nonnegative(),
  clock: z.number().int().nonnegative(),
});

/**
 * A Yjs relative position as the caret plugin sends it. One that names
 * neither an item nor a type makes every other editor throw while drawing
 * carets ("Unexpected case"), so at least one of them is required, and the
 * only root type is the document's own.
 */
const ZRelativePosition = z
  .object({
    type: ZId.nullish(),
    tname: z.literal(YJS_FIELD).nullish(),
    item: ZId.nullish(),
    assoc: z.number().int().optional(),
  })
  .strict()
  .refine((position) => position.item || position.type || position.tname, "names no position");

const ZCursor = z
  .object({ anchor: ZRelativePosition, head: ZRelativePosition })
  .strict()
  .nullable();

/**
 * Who a caret belongs to, and where it is, are checked by the server before
 * any awareness state is applied or relayed to other editors:
 * - `user` is stamped with the authenticated person's id, name and colour,
 *   whatever the client put there: nobody can appear as someone else;
 * - `cursor` must be a well-formed pair of positions in this document, or
 *   it is dropped: a malformed one would break everyone else's editor;
 * - nothing else is relayed, and a connection speaks only for its own Yjs
 *   client id (the first it announced), not for other people's.
 */
export class Presence implements Extension {
  extensionName = "foreword-presence";
  /** The one awareness client id each connection may speak for. */
  readonly #clientIds = new WeakMap<Connection, number>();

  async beforeHandleAwareness({
    context,
    states,
    connection,
  }: beforeHandleAwarenessPayload): Promise<void> {
    const { userId, userName } = (context ?? {}) as Partial<CollabContext>;
    if (!userId || !userName || !connection) return; // relayed from another instance, checked there
    for (const [clientId, state] of states) {
      // Empty: Hocuspocus's own scratch state, or a client saying nothing yet.
      if (Object.keys(state).length === 0) continue;
      const own = this.#clientIds.get(connection);
      if (own === undefined) this.#clientIds.set(connection, clientId);
      else if (own !== clientId) {
        states.delete(clientId);
        continue;
      }
      const cursor = ZCursor.safeParse(state.cursor ?? null);
      states.set(clientId, {
        user: { id: userId, name: userName, color: userColor(userId) },
        cursor: cursor.success ? cursor.data : null,
      });
    }
  }
}
