import { CheckIcon, RotateCcwIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { resolveFeedbackAction } from "@/server/actions/resolve-feedback";
import { reopenFeedbackAction } from "@/server/actions/reopen-feedback";

export type ResolveFeedbackButtonProps = { threadId: string; resolved: boolean };

/**
 * "Mark answered" or "Reopen" for the team: a plain form posting to the
 * server action, so it needs no script of its own (the form's action drops
 * the result: a stale page's 409 is harmless, as the page renders again
 * either way).
 */
export function ResolveFeedbackButton({ threadId, resolved }: ResolveFeedbackButtonProps) {
  async function toggle() {
    "use server";
    await (resolved ? reopenFeedbackAction(threadId) : resolveFeedbackAction(threadId));
  }
  return (
    <form action={toggle} className="print:hidden">
      <Button type="submit" variant={resolved ? "outline" : "secondary"} size="sm">
        {resolved ? <RotateCcwIcon aria-hidden /> : <CheckIcon aria-hidden />}
        {resolved ? "Reopen" : "Mark answered"}
      </Button>
    </form>
  );
}
