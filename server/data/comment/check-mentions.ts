import "server-only";
import type { DbTx } from "@/server/db";
import { AppError } from "@/server/errors";
import { rolesWith } from "@/server/policies/permissions";
import { mentionedUserIds, parseBody } from "@/lib/comments/mentions";

export type CheckMentionsOptions = { tx: DbTx; workspaceId: string; body: string };

/**
 * Who a comment mentions, each of whom must be able to read the draft it is
 * on: a member whose role reads drafts. A viewer or a non-member is refused
 * with 400 on the body, naming them as the comment does: a mention is a
 * notification, and a draft must not reach someone who may not read it.
 */
export async function checkMentions({
  tx,
  workspaceId,
  body,
}: CheckMentionsOptions): Promise<string[]> {
  const ids = mentionedUserIds(body);
  if (ids.length === 0) return [];
  const readers = await tx.membership.findMany({
    where: {
      workspaceId,
      userId: { in: ids },
      role: { in: [...rolesWith("initiative.readDrafts")] },
    },
    select: { userId: true },
  });
  const allowed = new Set(readers.map((reader) => reader.userId));
  const refused = ids.filter((id) => !allowed.has(id));
  if (refused.length === 0) return ids;
  const names = parseBody(body).flatMap((segment) =>
    segment.kind === "mention" && refused.includes(segment.userId) ? [segment.name] : [],
  );
  const who = [...new Set(names)].join(", ");
  const message = `${who} can't be mentioned here: only members who can read drafts can be.`;
  throw new AppError(400, "INVALID_INPUT", `body: ${message}`, { body: message });
}
