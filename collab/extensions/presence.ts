import type { beforeHandleAwarenessPayload, Extension } from "@hocuspocus/server";
import { userColor } from "@/lib/user-color";
import type { CollabContext } from "../refusal";

/**
 * Who a caret belongs to is the server's to say. Every awareness state a
 * connection sends has its `user` stamped with the authenticated person's id,
 * name and colour before it is applied or relayed, whatever the client put
 * there: nobody can appear as someone else. The rest of the state (cursor,
 * selection) is the client's.
 */
export class Presence implements Extension {
  extensionName = "foreword-presence";

  async beforeHandleAwareness({ context, states }: beforeHandleAwarenessPayload): Promise<void> {
    const { userId, userName } = (context ?? {}) as Partial<CollabContext>;
    if (!userId || !userName) return; // relayed from another instance, stamped there
    for (const state of states.values()) {
      // A cleared state (the client left) carries no user to stamp.
      if (Object.keys(state).length === 0) continue;
      state.user = { id: userId, name: userName, color: userColor(userId) };
    }
  }
}
