import "server-only";
import { db } from "@/server/db";
import { notFound, parseId } from "@/server/errors";
import { getSectionAccess } from "@/server/data/section/get-section-access";
import { toBase64 } from "@/lib/comments/anchor-bytes";
import type { ThreadView } from "@/lib/comments/types";

export type ListThreadsOptions = { userId: string; sectionId: string };

const PERSON = { select: { id: true, name: true } } as const;

/**
 * A section's threads, oldest first, each with its comments in order, for
 * anyone who may read its drafts (404 for anyone else). Whether a thread is
 * open, resolved or mentions the person is in each thread; the panel filters.
 */
export async function listThreads({
  userId,
  sectionId,
}: ListThreadsOptions): Promise<{ threads: ThreadView[] }> {
  const id = parseId(sectionId, "Section");
  if (!(await getSectionAccess({ userId, sectionId: id }))) throw notFound("Section");
  const threads = await db().commentThread.findMany({
    where: { sectionId: id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      anchorStart: true,
      anchorEnd: true,
      quote: true,
      createdAt: true,
      resolvedAt: true,
      author: PERSON,
      resolvedBy: PERSON,
      comments: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          body: true,
          createdAt: true,
          editedAt: true,
          deletedAt: true,
          author: PERSON,
          mentions: { where: { userId }, select: { userId: true } },
        },
      },
    },
  });
  return {
    threads: threads.map((thread) => ({
      id: thread.id,
      author: thread.author,
      anchorStart: toBase64(thread.anchorStart),
      anchorEnd: toBase64(thread.anchorEnd),
      quote: thread.quote,
      createdAt: thread.createdAt.toISOString(),
      resolvedAt: thread.resolvedAt?.toISOString() ?? null,
      resolvedBy: thread.resolvedBy,
      mentionsMe: thread.comments.some((comment) => comment.mentions.length > 0),
      comments: thread.comments.map((comment) => ({
        id: comment.id,
        author: comment.author,
        body: comment.deletedAt ? "" : comment.body,
        createdAt: comment.createdAt.toISOString(),
        editedAt: comment.editedAt?.toISOString() ?? null,
        deleted: comment.deletedAt !== null,
      })),
    })),
  };
}
