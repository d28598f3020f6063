"use server";

import { reopenThread } from "@/server/data/comment/reopen-thread";
import { authedAction } from "./safe-action";

/** Reopens a resolved comment thread; the input is the thread's id. */
export const reopenThreadAction = authedAction(async ({ user }, threadId) =>
  reopenThread({ userId: user.id, threadId: typeof threadId === "string" ? threadId : "" }),
);
