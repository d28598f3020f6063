"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { CheckCircle2Icon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { transitionSectionAction } from "@/server/actions/transition-section";
import type { TransitionAction } from "@/lib/stages";
import type { CheckReport } from "@/lib/checks";
import {
  RequestReviewDialog,
  type EligibleReviewer,
} from "@/components/review/request-review-dialog";
import { WithdrawReviewButton } from "@/components/review/withdraw-review-button";
import { ReopenDialog } from "./reopen-dialog";

/** What this person may do about the stage's review right now (from the stage rules and their role). */
export type ReviewControls = {
  workspaceId: string;
  canRequest: boolean;
  canWithdraw: boolean;
  /** Members who may be asked to review. */
  eligible: EligibleReviewer[];
  /** Who was asked in the last round, if any. */
  previous: string[];
  /** Approvals the workspace requires. */
  required: number;
};

/** The stage that completing this one unlocks, and its page. */
export type NextStageLink = { label: string; href: string };

type Props = {
  sectionId: string;
  label: string;
  /** The live checklist: completing waits for its required checks. */
  report: CheckReport | null;
  /** Everything this tab wrote is stored: the server decides from what it has stored. */
  allSaved: boolean;
  canComplete: boolean;
  canReopen: boolean;
  /** Later stages a reopen would lock again, named in the confirmation. */
  relocks: string[];
  /** Offered once this stage is complete: the team moves on there. */
  next?: NextStageLink;
  review: ReviewControls;
};

/**
 * Request review, withdraw it, complete (once the required checks pass,
 * everything is saved and the approvals are in) or reopen a stage.
 */
export function StageActions({
  sectionId,
  label,
  report,
  allSaved,
  canComplete,
  canReopen,
  relocks,
  next,
  review,
}: Props) {
  const router = useRouter();
  const [sending, setSending] = useState(false);
  // Done, waiting for the page to show it. The refresh is not awaited (a
  // transition would stay pending while any other refresh runs, a collab
  // reconnection's say), but the buttons stay off until the page shows the
  // new state, i.e. until what this person may do here has changed.
  const now = `${canComplete}|${canReopen}`;
  const [doneAt, setDoneAt] = useState<string>();
  const done = doneAt === now;
  const pending = sending || done;

  const run = async (action: TransitionAction) => {
    setSending(true);
    const result = await transitionSectionAction({ action }, sectionId);
    setSending(false);
    if (!result.ok) {
      toast.error(result.error);
      return;
    }
    // Complete: the stage list, which shows the next stage open, may be off screen by now.
    if (action === "complete")
      toast.success(`${label} is complete.`, {
        // Long enough to read and reach the button (sonner's default is 4 s).
        duration: 10_000,
        action: next
          ? { label: `Open ${next.label}`, onClick: () => router.push(next.href) }
          : undefined,
      });
    else toast.success(`${label} is open for changes again.`);
    setDoneAt(now);
    router.refresh();
  };

  if (!canComplete && !canReopen && !review.canRequest && !review.canWithdraw) return null;
  const why = !report
    ? "Checking the document…"
    : report.failing.length > 0
      ? `Not ready yet: ${report.failing.length} required ${report.failing.length === 1 ? "check" : "checks"} to go (see the checklist).`
      : !allSaved
        ? "Waiting for your latest changes to be saved."
        : undefined;
  return (
    <div className="flex items-center gap-2">
      {canReopen ? (
        <ReopenDialog
          label={label}
          relocks={relocks}
          pending={pending}
          onReopen={() => void run("reopen")}
        />
      ) : null}
      {review.canWithdraw ? <WithdrawReviewButton sectionId={sectionId} label={label} /> : null}
      {review.canRequest ? (
        <RequestReviewDialog
          sectionId={sectionId}
          workspaceId={review.workspaceId}
          label={label}
          eligible={review.eligible}
          previous={review.previous}
          required={review.required}
          why={why}
          secondary={canComplete}
        />
      ) : null}
      {canComplete ? (
        <Button
          size="sm"
          disabled={pending || Boolean(why)}
          title={why}
          aria-describedby={why ? `complete-hint-${sectionId}` : undefined}
          onClick={() => void run("complete")}
        >
          <CheckCircle2Icon /> {sending ? "Completing…" : done ? "Completed" : "Complete stage"}
        </Button>
      ) : null}
      {why && canComplete ? (
        <span id={`complete-hint-${sectionId}`} className="sr-only">
          {why}
        </span>
      ) : null}
    </div>
  );
}
