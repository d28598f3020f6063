import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { can } from "@/server/policies/permissions";
import { STAGE_INFO, type Stage } from "@/lib/stages";

/** Someone who wrote in a thread; `team` when they work on the initiative (may read its drafts). */
export type FeedbackPerson = { id: string; name: string; team: boolean };

/** One message of a thread, as written: plain text, rendered escaped. */
export type FeedbackMessageView = {
  id: string;
  author: FeedbackPerson;
  body: string;
  createdAt: Date;
};

/** A feedback thread as the reader page and the team's page show it. */
export type FeedbackThreadView = {
  id: string;
  publicationId: string;
  initiativeId: string;
  /** The publication's version it was asked on. */
  version: number;
  /** The part quoted; null for feedback on the whole document. */
  stage: Stage | null;
  stageLabel: string | null;
  /** The passage quoted; empty for the whole document. */
  quote: string;
  createdAt: Date;
  /** Set while the team has marked it answered. */
  resolvedAt: Date | null;
  author: FeedbackPerson;
  /** Oldest first: the question, then the replies. */
  messages: FeedbackMessageView[];
};

/** The columns a thread view needs; people with their role in `workspaceId` (for the "Team" label). */
export function feedbackThreadSelect(workspaceId: string) {
  const person = {
    select: {
      id: true,
      name: true,
      memberships: { where: { workspaceId }, select: { role: true } },
    },
  } as const;
  return {
    id: true,
    publicationId: true,
    stage: true,
    quote: true,
    createdAt: true,
    resolvedAt: true,
    author: person,
    publication: { select: { initiativeId: true, version: true } },
    messages: {
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, body: true, createdAt: true, author: person },
    },
  } satisfies Prisma.FeedbackThreadSelect;
}

type ThreadRow = Prisma.FeedbackThreadGetPayload<{
  select: ReturnType<typeof feedbackThreadSelect>;
}>;
type PersonRow = ThreadRow["author"];

function toPerson({ id, name, memberships }: PersonRow): FeedbackPerson {
  const role = memberships[0]?.role;
  return { id, name, team: role ? can({ userId: id, role }, "initiative.readDrafts") : false };
}

/** A stored thread as the pages show it. */
export function toFeedbackThreadView(row: ThreadRow): FeedbackThreadView {
  return {
    id: row.id,
    publicationId: row.publicationId,
    initiativeId: row.publication.initiativeId,
    version: row.publication.version,
    stage: row.stage,
    stageLabel: row.stage ? STAGE_INFO[row.stage].label : null,
    quote: row.quote,
    createdAt: row.createdAt,
    resolvedAt: row.resolvedAt,
    author: toPerson(row.author),
    messages: row.messages.map((message) => ({
      id: message.id,
      author: toPerson(message.author),
      body: message.body,
      createdAt: message.createdAt,
    })),
  };
}
