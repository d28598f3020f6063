"use client";

import { useRef, useState } from "react";
import { createFeedbackAction } from "@/server/actions/create-feedback";
import { LIMITS } from "@/lib/schemas/limits";
import {
  FEEDBACK_SUBMIT_CLASS,
  FEEDBACK_TEXTAREA_CLASS,
  useFeedbackForm,
} from "./use-feedback-form";
import { usePassageSelection } from "./use-passage-selection";

export type AskFeedbackFormProps = {
  publicationId: string;
  /** The parts this version shows, Stage → label: a passage may be quoted from these. */
  parts: Record<string, string>;
};

type Passage = { stage: string; quote: string };

/**
 * "Ask a question or leave a comment" at the end of a published document.
 * Selecting text in one of its parts offers "Ask about this passage", which
 * puts the passage above the box and focuses it; without one, the question
 * is about the whole document. Posts through a server action; the page then
 * shows the new thread.
 */
export function AskFeedbackForm({ publicationId, parts }: AskFeedbackFormProps) {
  const [passage, setPassage] = useState<Passage | null>(null);
  const selected = usePassageSelection(Object.keys(parts));
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [state, action, pending] = useFeedbackForm(
    (data) => createFeedbackAction(data, publicationId),
    () => setPassage(null),
  );
  const bodyError = state.fields?.body;
  const passageError = state.fields?.stage ?? state.fields?.quote;

  return (
    <>
      {selected ? (
        <button
          type="button"
          className="fixed z-50 -translate-x-1/2 -translate-y-full rounded-md bg-foreground px-3 py-1.5 text-sm font-medium text-background shadow-lg print:hidden"
          style={{ top: selected.top - 8, left: selected.left }}
          // Keeps the selection while the click lands.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            setPassage({ stage: selected.stage, quote: selected.quote });
            document.getSelection()?.removeAllRanges();
            textarea.current?.focus();
          }}
        >
          Ask about this passage
        </button>
      ) : null}
      <form action={action} className="grid gap-3 print:hidden" aria-labelledby="feedback-ask">
        <h3 id="feedback-ask" className="text-base font-semibold">
          Ask a question or leave a comment
        </h3>
        {passage ? (
          <figure className="grid gap-1 rounded-md border bg-muted/40 p-3 text-sm">
            <figcaption className="flex items-center justify-between gap-2 text-xs text-muted-foreground">
              <span>About this passage · {parts[passage.stage] ?? "The document"}</span>
              <button
                type="button"
                className="underline underline-offset-2 hover:text-foreground"
                onClick={() => setPassage(null)}
              >
                Ask about the whole document instead
              </button>
            </figcaption>
            <blockquote className="border-l-2 border-amber-400 pl-3 italic">
              {passage.quote}
            </blockquote>
          </figure>
        ) : (
          <p className="text-sm text-muted-foreground">
            About the whole document, or select a passage above to ask about it.
          </p>
        )}
        {passage ? (
          <>
            <input type="hidden" name="stage" value={passage.stage} />
            <input type="hidden" name="quote" value={passage.quote} />
          </>
        ) : null}
        {passageError ? (
          <p role="alert" className="text-sm text-destructive">
            {passageError}
          </p>
        ) : null}
        <label htmlFor="feedback-body" className="sr-only">
          Your question or comment
        </label>
        <textarea
          key={state.sent}
          ref={textarea}
          id="feedback-body"
          name="body"
          required
          rows={4}
          maxLength={LIMITS.feedbackMax}
          defaultValue={state.body}
          placeholder="What would you like to ask the team?"
          aria-invalid={bodyError ? true : undefined}
          aria-describedby={bodyError ? "feedback-body-error" : undefined}
          className={FEEDBACK_TEXTAREA_CLASS}
        />
        {bodyError || state.error ? (
          <p id="feedback-body-error" role="alert" className="text-sm text-destructive">
            {bodyError ?? state.error}
          </p>
        ) : null}
        <div className="flex items-center gap-3">
          <button type="submit" disabled={pending} className={FEEDBACK_SUBMIT_CLASS}>
            {pending ? "Sending…" : "Send to the team"}
          </button>
          <p role="status" className="text-sm text-muted-foreground">
            {state.sent > 0 && !pending && state.body === undefined
              ? "Sent. The team has been told, and their answers will appear here."
              : ""}
          </p>
        </div>
      </form>
    </>
  );
}
