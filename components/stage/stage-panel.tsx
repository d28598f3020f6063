import { LockIcon, SnowflakeIcon } from "lucide-react";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
  CardAction,
} from "@/components/ui/card";
import { StateBadge } from "./state-badge";
import { HistoryDialog } from "@/components/history/history-dialog";
import { StageEditor } from "./stage-editor";
import {
  READY,
  STAGE_INFO,
  availableActions,
  isStageWritable,
  nextStage,
  relockedByReopen,
  stagePath,
  unlockHint,
  type SectionState,
  type Stage,
  type StageAction,
  type StageStates,
} from "@/lib/stages";
import { ROLE_INFO, type Role } from "@/lib/roles";
import { formatRelative } from "@/lib/format";
import type { CustomerAnswers } from "@/lib/customer-questions";
import { requireUser } from "@/server/auth";
import { issueCollabToken } from "@/server/data/section/issue-collab-token";
import { getSectionReview } from "@/server/data/review/get-section-review";
import { ReviewPanel } from "@/components/review/review-panel";
import { LiveRefresh } from "@/components/live/live-refresh";
import { EarlyConnectionData } from "@/components/editor/early-connection-data";
import type { MentionableMember } from "@/lib/comments/types";

type Props = {
  section: {
    id: string;
    stage: Stage;
    state: SectionState;
    completedAt: Date | null;
    updatedAt: Date;
  };
  states: StageStates;
  /** The initiative is archived: read-only for everyone until restored. */
  archived?: boolean;
  /** The initiative's customer answers, which the press release's checklist asks for. */
  customer: CustomerAnswers;
  canEditCustomer: boolean;
  canEdit: boolean;
  canTransition: boolean;
  /** May be asked to review, and answer when asked. */
  canReview: boolean;
  role: Role;
  workspaceId: string;
  initiativeId: string;
  /** Whether this person may comment on the stage (writable or not). */
  canComment: boolean;
  /** Who a comment may mention. */
  members: MentionableMember[];
  /** A thread to open at once (from `?thread=`). */
  initialThreadId?: string;
};

/** Shown while a stage is in review, whoever reads it. */
const FROZEN_NOTICE = "In review: the text is frozen so every approval is of what was read.";

/** Why this person cannot edit this stage right now, if they cannot. */
function readOnlyReason({ section, states, canEdit, role, archived }: Props): string | undefined {
  if (archived) return "Archived: restore the initiative to make changes.";
  if (section.state === "LOCKED") return `${unlockHint(section.stage)}. Earlier stages come first.`;
  if (section.state === "IN_REVIEW") return FROZEN_NOTICE;
  if (section.state === "COMPLETE") {
    return section.completedAt
      ? `Completed ${formatRelative(section.completedAt)}. Reopen it to make changes.`
      : "Complete. Reopen it to make changes.";
  }
  if (!isStageWritable(states, section.stage))
    return "An earlier stage was reopened; finish it first.";
  if (!canEdit)
    return `You're a ${ROLE_INFO[role].label.toLowerCase()} here: you can read this draft but not edit it.`;
  return undefined;
}

export async function StagePanel(props: Props) {
  const { section, states, canTransition, canReview, customer, canEditCustomer } = props;
  const { canComment, members, initialThreadId } = props;
  const user = await requireUser();
  // The editor's first collab token, with the page: connecting then needs no request of its own first.
  const pageToken = await issueCollabToken({ userId: user.id, sectionId: section.id });
  const review = await getSectionReview({ userId: user.id, sectionId: section.id });
  const info = STAGE_INFO[section.stage];
  const reason = readOnlyReason(props);
  // What the stage rules allow now (content taken as ready: the live checklist gates the buttons).
  const allowed = availableActions(states, section.stage, { ...READY, review: review.facts });
  const may = (action: StageAction) => canTransition && allowed.includes(action);
  const canDecide = canReview && allowed.includes("approve") && review.mine?.status === "PENDING";
  return (
    <Card aria-labelledby="stage-title" data-section-id={section.id}>
      <CardHeader>
        <CardTitle id="stage-title" className="text-xl">
          {info.label}
        </CardTitle>
        <CardDescription>{info.summary}</CardDescription>
        <CardAction className="flex items-center gap-2">
          <HistoryDialog sectionId={section.id} label={info.label} />
          <StateBadge state={section.state} />
        </CardAction>
      </CardHeader>
      <CardContent className="grid gap-4">
        <LiveRefresh kind="review" sectionId={section.id} />
        {reason ? (
          <p
            className="flex items-center gap-2 rounded-md bg-muted px-3 py-2 text-sm text-muted-foreground"
            role="status"
          >
            {section.state === "LOCKED" ? (
              <LockIcon className="size-4 shrink-0" aria-hidden />
            ) : null}
            {section.state === "IN_REVIEW" ? (
              <SnowflakeIcon className="size-4 shrink-0" aria-hidden />
            ) : null}
            {reason}
          </p>
        ) : null}
        {pageToken ? <EarlyConnectionData token={pageToken} /> : null}
        <ReviewPanel
          sectionId={section.id}
          label={info.label}
          review={review}
          canDecide={canDecide}
        />
        {/* Whether typing is allowed is the collab server's call, made again on every connection. */}
        <StageEditor
          sectionId={section.id}
          stage={section.stage}
          label={info.label}
          user={{ id: user.id, name: user.name || user.email }}
          customer={customer}
          canEditCustomer={canEditCustomer}
          canComplete={may("complete")}
          canReopen={may("reopen")}
          review={{
            workspaceId: props.workspaceId,
            canRequest: may("requestReview"),
            canWithdraw: may("withdrawReview"),
            eligible: review.eligibleReviewers,
            previous: review.reviews.map((entry) => entry.reviewer.id),
            required: review.facts.required,
          }}
          pageEditable={!reason}
          pageToken={pageToken}
          relocks={relockedByReopen(states, section.stage).map((stage) => STAGE_INFO[stage].label)}
          next={nextLink(props.workspaceId, props.initiativeId, section.stage)}
          canComment={canComment}
          members={members}
          initialThreadId={initialThreadId}
        />
      </CardContent>
    </Card>
  );
}

/** Where completing this stage leads: the stage it unlocks. */
function nextLink(workspaceId: string, initiativeId: string, stage: Stage) {
  const next = nextStage(stage);
  return next
    ? { label: STAGE_INFO[next].label, href: stagePath(workspaceId, initiativeId, next) }
    : undefined;
}
