import { apiRoute } from "@/server/http/api-route";
import { editComment } from "@/server/data/comment/edit-comment";
import { deleteComment } from "@/server/data/comment/delete-comment";

/** Changes your own comment's text: `{ body }`. */
export const PATCH = apiRoute<{ commentId: string }>(async ({ ctx, params, input }) => ({
  body: await editComment({ userId: ctx.user.id, commentId: params.commentId, input }),
}));

/** Deletes your own comment (and its thread, when nothing else is said in it). */
export const DELETE = apiRoute<{ commentId: string }>(async ({ ctx, params }) => ({
  body: await deleteComment({ userId: ctx.user.id, commentId: params.commentId }),
}));
