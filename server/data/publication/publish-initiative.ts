import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { conflict, notFound, parseId, parseInput } from "@/server/errors";
import { getActor } from "@/server/data/membership/get-actor";
import { recordActivity } from "@/server/data/activity/record-activity";
import { authorize } from "@/server/policies/authorize";
import { can } from "@/server/policies/permissions";
import { ZPublishSchema } from "@/lib/schemas/publication";
import { canPublish, publishableStages, statesOf } from "@/lib/stages";
import { CUSTOMER_SELECT, customerAnswersOf } from "@/lib/customer-questions";
import {
  assetIdsOf,
  publicationDescription,
  publicationPath,
  type PublicationSnapshot,
} from "@/lib/publication";
import { excerpt } from "@/lib/notifications";
import { listInitiativeParticipants } from "@/server/data/initiative/list-initiative-participants";
import { createNotifications } from "@/server/data/notification/create-notifications";
import { assertNotArchived } from "@/server/data/initiative/assert-not-archived";
import type { JSONContent } from "@tiptap/core";

export type PublishInitiativeOptions = { userId: string; initiativeId: string; input: unknown };

/**
 * Publishes the next version of an initiative: a snapshot of its complete
 * stages and customer answers, taken in one transaction with the
 * initiative's row locked, so two people publishing at once get versions N
 * and N+1, never the same one. Complete stages cannot change (lib/stages.ts
 * WRITABLE_STATES and the collab store's guard), so the stored content read
 * here is exactly what was completed.
 * 404 for people who may not read drafts, 403 for readers who may not
 * publish, 409 while the press release is not complete or the initiative is archived.
 */
export async function publishInitiative({ userId, initiativeId, input }: PublishInitiativeOptions) {
  const { note } = parseInput(ZPublishSchema, input ?? {});
  const id = parseId(initiativeId, "Initiative");
  return db().$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Initiative" WHERE id = ${id} FOR UPDATE`;
    if (locked.length === 0) throw notFound("Initiative");
    const initiative = await tx.initiative.findUniqueOrThrow({
      where: { id },
      select: {
        title: true,
        workspaceId: true,
        archivedAt: true,
        ...CUSTOMER_SELECT,
        sections: { select: { stage: true, state: true, content: true, completedAt: true } },
        publications: { orderBy: { version: "desc" }, take: 1, select: { version: true } },
      },
    });
    const actor = await getActor({ userId, workspaceId: initiative.workspaceId, tx });
    if (!can(actor, "initiative.readDrafts")) throw notFound("Initiative");
    authorize(actor, "publication.publish", {
      hidden: "Initiative",
      refusal: "Only owners and editors can publish.",
    });
    assertNotArchived(initiative);
    const states = statesOf(initiative.sections);
    if (!canPublish(states)) {
      throw conflict("NOT_PUBLISHABLE", "Complete the press release before publishing.");
    }

    const snapshot: PublicationSnapshot = {
      customer: customerAnswersOf(initiative),
      stages: publishableStages(states).map((stage) => {
        const section = initiative.sections.find((candidate) => candidate.stage === stage);
        return {
          stage,
          content: (section?.content ?? { type: "doc", content: [] }) as JSONContent,
          completedAt: section?.completedAt?.toISOString() ?? null,
        };
      }),
    };
    const version = (initiative.publications[0]?.version ?? 0) + 1;
    const publication = await tx.publication.create({
      data: {
        initiativeId: id,
        workspaceId: initiative.workspaceId,
        version,
        note,
        title: initiative.title,
        description: publicationDescription(snapshot),
        snapshot: snapshot as unknown as Prisma.InputJsonObject,
        assetIds: [...new Set(snapshot.stages.flatMap((stage) => assetIdsOf(stage.content)))],
        publishedById: userId,
      },
      select: { id: true, version: true, createdAt: true },
    });
    await recordActivity({
      tx,
      workspaceId: initiative.workspaceId,
      initiativeId: id,
      actorId: userId,
      type: "publication.published",
      data: { version, note },
    });
    // The people who worked on it hear that it went out, in the same transaction.
    await createNotifications({
      tx,
      recipients: await listInitiativeParticipants({ initiativeId: id, tx }),
      actorId: userId,
      workspaceId: initiative.workspaceId,
      type: "publication.published",
      url: publicationPath(id, version),
      data: {
        initiative: initiative.title,
        stage: `Version ${version}`,
        ...(note ? { excerpt: excerpt(note) } : {}),
      },
    });
    return publication;
  });
}
