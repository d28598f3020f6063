"use server";

import { addReply } from "@/server/data/comment/add-reply";
import { authedAction } from "./safe-action";

/** Replies in a comment thread. */
export const addReplyAction = authedAction(async ({ user }, input, threadId: string) =>
  addReply({ userId: user.id, threadId, input }),
);
