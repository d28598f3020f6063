"use server";

import { deleteComment } from "@/server/data/comment/delete-comment";
import { authedAction } from "./safe-action";

/** Deletes one's own comment; the input is the comment's id. */
export const deleteCommentAction = authedAction(async ({ user }, commentId) =>
  deleteComment({ userId: user.id, commentId: typeof commentId === "string" ? commentId : "" }),
);
