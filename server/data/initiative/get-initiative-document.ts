import "server-only";
import type { JSONContent } from "@tiptap/core";
import { db } from "@/server/db";
import { customerAnswersOf } from "@/lib/customer-questions";
import { hasWrittenContent } from "@/editor/document";
import { getInitiative } from "./get-initiative";

export type GetInitiativeDocumentOptions = { userId: string; initiativeId: string };

/**
 * Everything the document view shows: the initiative (as getInitiative
 * gives it, with the reader's standing), its customer answers, every
 * stage's stored content and state in order, and the versions published so
 * far, newest first. The same rule as getInitiative: 404 for anyone who may
 * not read drafts, viewers included.
 */
export async function getInitiativeDocument({
  userId,
  initiativeId,
}: GetInitiativeDocumentOptions) {
  const initiative = await getInitiative({ userId, initiativeId });
  const [stored, publications] = await Promise.all([
    db().section.findMany({
      where: { initiativeId: initiative.id },
      select: { stage: true, content: true },
    }),
    db().publication.findMany({
      where: { initiativeId: initiative.id },
      orderBy: { version: "desc" },
      select: {
        id: true,
        version: true,
        note: true,
        createdAt: true,
        publishedBy: { select: { name: true } },
      },
    }),
  ]);
  const contentOf = new Map(stored.map((section) => [section.stage, section.content]));
  const parts = initiative.sections.map((section) => {
    // Section.content holds the collab server's editor JSON (editor/extensions).
    const content = (contentOf.get(section.stage) ?? null) as JSONContent | null;
    return {
      stage: section.stage,
      state: section.state,
      content,
      /** Whether anyone wrote in it: the template's headings alone do not count. */
      written: hasWrittenContent(content),
    };
  });
  return { initiative, customer: customerAnswersOf(initiative), parts, publications };
}
