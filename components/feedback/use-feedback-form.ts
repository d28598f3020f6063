import { useActionState } from "react";
import type { ActionResult } from "@/lib/action-result";

/** What a feedback form shows after a submit: why it was refused, with the text kept; or that it went. */
export type FeedbackFormState = {
  /** The refusal, as the server worded it. */
  error?: string;
  /** Field name → reason. */
  fields?: Record<string, string>;
  /** The text that was refused, put back so nothing typed is lost. */
  body?: string;
  /** Counts successful sends: the key that empties the form after each. */
  sent: number;
};

/**
 * A feedback form's submit through its server action. React resets a form
 * after its action runs, so a refused body comes back in the state and is
 * the textarea's default again; a sent one is gone, and the page (which the
 * action revalidates) shows it in its thread.
 */
export function useFeedbackForm(
  submit: (data: FormData) => Promise<ActionResult<unknown>>,
  onSent?: () => void,
) {
  return useActionState<FeedbackFormState, FormData>(
    async (previous, data) => {
      const result = await submit(data);
      if (result.ok) {
        onSent?.();
        return { sent: previous.sent + 1 };
      }
      return {
        error: result.fields ? undefined : result.error,
        fields: result.fields,
        body: String(data.get("body") ?? ""),
        sent: previous.sent,
      };
    },
    { sent: 0 },
  );
}

/** Shared look of the feedback forms' textareas and buttons (plain strings: no class helpers in the reader's script). */
export const FEEDBACK_TEXTAREA_CLASS =
  "block min-h-20 w-full rounded-md border border-input bg-background px-3 py-2 text-base shadow-xs outline-none placeholder:text-muted-foreground focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50 aria-invalid:border-destructive md:text-sm";
export const FEEDBACK_SUBMIT_CLASS =
  "inline-flex h-8 shrink-0 items-center justify-center whitespace-nowrap rounded-md bg-primary px-3 text-sm font-medium text-primary-foreground shadow-xs hover:bg-primary/90 focus-visible:ring-[3px] focus-visible:ring-ring/50 outline-none disabled:opacity-50";
