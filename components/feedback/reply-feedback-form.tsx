"use client";

import { addFeedbackMessageAction } from "@/server/actions/add-feedback-message";
import { LIMITS } from "@/lib/schemas/limits";
import {
  FEEDBACK_SUBMIT_CLASS,
  FEEDBACK_TEXTAREA_CLASS,
  useFeedbackForm,
} from "./use-feedback-form";

export type ReplyFeedbackFormProps = {
  threadId: string;
  /** "Reply", or for a reader on an answered thread "Reply and reopen". */
  label: string;
};

/** A reply box under a feedback thread, behind a "Reply" disclosure (no script needed to open it). */
export function ReplyFeedbackForm({ threadId, label }: ReplyFeedbackFormProps) {
  const [state, action, pending] = useFeedbackForm((data) =>
    addFeedbackMessageAction(data, threadId),
  );
  const id = `reply-${threadId}`;
  const error = state.fields?.body ?? state.error;
  return (
    // Keyed by sends: after one, it closes again, and the reply shows in the thread above.
    <details key={state.sent} className="print:hidden" open={state.body !== undefined || undefined}>
      <summary className="w-fit cursor-pointer text-sm font-medium text-primary hover:underline">
        {label}
      </summary>
      <form action={action} className="mt-2 grid gap-2">
        <label htmlFor={id} className="sr-only">
          Your reply
        </label>
        <textarea
          id={id}
          name="body"
          required
          rows={3}
          maxLength={LIMITS.feedbackMax}
          defaultValue={state.body}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className={FEEDBACK_TEXTAREA_CLASS}
        />
        {error ? (
          <p id={`${id}-error`} role="alert" className="text-sm text-destructive">
            {error}
          </p>
        ) : null}
        <button type="submit" disabled={pending} className={`${FEEDBACK_SUBMIT_CLASS} w-fit`}>
          {pending ? "Sending…" : "Send reply"}
        </button>
      </form>
    </details>
  );
}
