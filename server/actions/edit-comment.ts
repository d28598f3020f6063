"use server";

import { editComment } from "@/server/data/comment/edit-comment";
import { authedAction } from "./safe-action";

/** Changes the text of one's own comment. */
export const editCommentAction = authedAction(async ({ user }, input, commentId: string) =>
  editComment({ userId: user.id, commentId, input }),
);
