/**
 * How an entry of the activity log reads, after the name of who did it:
 * "completed Press release", "sent FAQ to review", "published version 2".
 * The same words on the dashboard ("Ana completed Press release · 2 hours
 * ago") and on an initiative's timeline.
 */
import { z } from "@/lib/schemas/zod";
import { ROLE_INFO, ROLES } from "@/lib/roles";
import { STAGES, STAGE_INFO } from "@/lib/stages";

/**
 * The activity types an initiative's timeline lists: how it moved through
 * its stages and what was done to it as a whole. Comments and share links
 * stay out (the comments panel and the share dialog show those).
 */
export const TIMELINE_TYPES = [
  "initiative.created",
  "initiative.customerUpdated",
  "initiative.renamed",
  "initiative.archived",
  "initiative.unarchived",
  "stage.completed",
  "stage.reopened",
  "review.requested",
  "review.withdrawn",
  "review.approved",
  "review.changesRequested",
  "version.named",
  "version.restored",
  "publication.published",
] as const;

/** People joining the workspace: on a timeline, those since the initiative began. */
export const MEMBER_JOINED = "member.joined";

/**
 * An entry's stored `data`, read defensively: each writer records what it
 * knows (the stage, a version, a name), and rows from older or newer
 * versions of the app may lack a field or carry another.
 */
const ZActivityData = z
  .object({
    stage: z.enum(STAGES).optional().catch(undefined),
    /** The stage's label when it was written; STAGE_INFO's is used when the stage is known. */
    label: z.string().optional().catch(undefined),
    /** A publication's version, or a section version's number. */
    version: z.number().int().optional().catch(undefined),
    /** A named version's name. */
    name: z.string().optional().catch(undefined),
    /** The initiative's title (when created, or its new title when renamed). */
    title: z.string().optional().catch(undefined),
    /** The new title, for writers that record the change as from/to. */
    to: z.string().optional().catch(undefined),
    role: z.enum(ROLES).optional().catch(undefined),
  })
  .catch({});
type ActivityData = z.infer<typeof ZActivityData>;

/** Quotes a name a person gave: “Draft for Tuesday”. */
const quoted = (text: string) => `“${text}”`;

const SENTENCES: Record<string, (data: ActivityData, stage: string) => string> = {
  "initiative.created": () => "created the initiative",
  "initiative.customerUpdated": () => "updated the customer",
  "initiative.renamed": (data) => {
    const title = data.to ?? data.title;
    return title ? `renamed the initiative to ${quoted(title)}` : "renamed the initiative";
  },
  "initiative.archived": () => "archived the initiative",
  "initiative.unarchived": () => "brought the initiative back from the archive",
  "initiative.deleted": () => "deleted the initiative",
  "stage.completed": (_, stage) => `completed ${stage}`,
  "stage.reopened": (_, stage) => `reopened ${stage}`,
  "review.requested": (_, stage) => `sent ${stage} to review`,
  "review.withdrawn": (_, stage) => `withdrew ${stage} from review`,
  "review.approved": (_, stage) => `approved ${stage}`,
  "review.changesRequested": (_, stage) => `requested changes to ${stage}`,
  "version.named": (data, stage) =>
    data.name ? `named a version of ${stage} ${quoted(data.name)}` : `named a version of ${stage}`,
  "version.restored": (data, stage) =>
    data.name
      ? `restored ${stage} to the version ${quoted(data.name)}`
      : `restored an earlier version of ${stage}`,
  "publication.published": (data) =>
    data.version ? `published version ${data.version}` : "published the document",
  "comment.created": (_, stage) => `commented on ${stage}`,
  "thread.resolved": (_, stage) => `resolved a thread on ${stage}`,
  "thread.reopened": (_, stage) => `reopened a thread on ${stage}`,
  "feedback.created": () => "asked a question on the published document",
  "shareLink.created": () => "turned on the share link",
  "shareLink.revoked": () => "revoked the share link",
  "member.joined": (data) =>
    data.role ? `joined the workspace as ${ROLE_INFO[data.role].label}` : "joined the workspace",
};

/**
 * What an entry says its actor did, without the actor: "completed Press
 * release". A type this version does not know reads "updated the
 * initiative", so a newer writer never breaks an older reader.
 */
export function activitySentence(type: string, rawData: unknown): string {
  const data = ZActivityData.parse(rawData);
  const stage = data.stage ? STAGE_INFO[data.stage].label : (data.label ?? "a stage");
  const sentence = SENTENCES[type];
  return sentence ? sentence(data, stage) : "updated the initiative";
}
