import { CheckCircle2Icon, ClockIcon, MessageSquareWarningIcon } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { UserAvatar } from "@/components/app-shell/user-avatar";
import { formatRelative } from "@/lib/format";
import { REVIEW_STATUS_LABELS, approvalsLabel, type ReviewStatus } from "@/lib/stages";
import type { SectionReview } from "@/server/data/review/get-section-review";
import { DecisionButtons } from "./decision-buttons";

type Props = {
  sectionId: string;
  /** The stage's label ("Press release"). */
  label: string;
  review: SectionReview;
  /** The reader was asked to review this round and has not answered, and the stage is in review. */
  canDecide: boolean;
};

const STATUS_LOOK: Record<
  ReviewStatus,
  { variant: "outline" | "success" | "warning"; Icon: typeof ClockIcon }
> = {
  PENDING: { variant: "outline", Icon: ClockIcon },
  APPROVED: { variant: "success", Icon: CheckCircle2Icon },
  CHANGES_REQUESTED: { variant: "warning", Icon: MessageSquareWarningIcon },
};

/** "1 of 2 approvals", or what completing needs when nothing is required. */
function progressLine({ approvals, required }: SectionReview["facts"]): string {
  if (required === 0) return "No approval is required here: the stage can complete at any time.";
  if (approvals >= required) return `${approvalsLabel(approvals)}: ready to complete.`;
  return `${approvals} of ${approvalsLabel(required)} so far.`;
}

/**
 * Where a stage's review stands, above its text: while it is in review, each
 * reviewer's answer (and, for a reviewer who has not answered, the buttons
 * to answer); while it is back in drafting because a reviewer asked for
 * changes, what they asked for. Nothing otherwise.
 */
export function ReviewPanel({ sectionId, label, review, canDecide }: Props) {
  if (review.state === "DRAFTING" && review.changesRequested.length > 0) {
    return (
      <section
        aria-label="Changes requested"
        className="grid gap-3 rounded-lg border border-warning/60 bg-warning/10 p-4"
      >
        {review.changesRequested.map((entry) => (
          <figure key={entry.id} className="grid gap-2">
            <figcaption className="flex flex-wrap items-center gap-2 text-sm">
              <MessageSquareWarningIcon className="size-4 shrink-0" aria-hidden />
              <span>
                <strong className="font-medium">{entry.reviewer.name}</strong> requested changes
              </span>
              {entry.decidedAt ? (
                <time
                  dateTime={entry.decidedAt.toISOString()}
                  title={entry.decidedAt.toLocaleString("en-GB")}
                  className="text-muted-foreground"
                >
                  · {formatRelative(entry.decidedAt)}
                </time>
              ) : null}
            </figcaption>
            <blockquote className="border-l-2 border-warning pl-3 text-sm whitespace-pre-wrap">
              {entry.note}
            </blockquote>
          </figure>
        ))}
        <p className="text-xs text-muted-foreground">
          Make the changes, then request review again.
        </p>
      </section>
    );
  }
  if (review.state !== "IN_REVIEW") return null;
  return (
    <section aria-label="Review" className="grid gap-3 rounded-lg border bg-muted/30 p-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="grid gap-0.5">
          <h3 className="text-sm font-semibold">Review</h3>
          <p className="text-sm text-muted-foreground">{progressLine(review.facts)}</p>
        </div>
        {canDecide ? <DecisionButtons sectionId={sectionId} label={label} /> : null}
      </div>
      <ul className="grid gap-2" aria-label="Reviewers">
        {review.reviews.map((entry) => {
          const { variant, Icon } = STATUS_LOOK[entry.status];
          return (
            <li key={entry.id} className="flex items-start gap-3">
              <UserAvatar name={entry.reviewer.name} className="size-7" />
              <div className="grid min-w-0 flex-1 gap-1">
                <div className="flex flex-wrap items-center gap-2">
                  <span className="truncate text-sm font-medium">{entry.reviewer.name}</span>
                  <Badge variant={variant} data-status={entry.status}>
                    <Icon aria-hidden /> {REVIEW_STATUS_LABELS[entry.status]}
                  </Badge>
                </div>
                {entry.note ? (
                  <p className="text-sm whitespace-pre-wrap text-muted-foreground">{entry.note}</p>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
      <p className="text-xs text-muted-foreground">
        Asked by {review.reviews[0]?.requestedBy.name ?? "a teammate"}
        {review.reviews[0] ? ` ${formatRelative(review.reviews[0].createdAt)}` : ""}.
      </p>
    </section>
  );
}
