"use server";

import { resolveThread } from "@/server/data/comment/resolve-thread";
import { authedAction } from "./safe-action";

/** Marks a comment thread resolved; the input is the thread's id. */
export const resolveThreadAction = authedAction(async ({ user }, threadId) =>
  resolveThread({ userId: user.id, threadId: typeof threadId === "string" ? threadId : "" }),
);
