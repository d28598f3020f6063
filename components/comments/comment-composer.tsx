"use client";

import { useId, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { fromDraft, type Draft } from "@/lib/comments/mentions";
import { LIMITS } from "@/lib/schemas/limits";
import type { ActionResult } from "@/lib/action-result";
import type { MentionableMember } from "@/lib/comments/types";
import { MentionTextarea } from "./mention-textarea";

type Props = {
  /** What the box starts with (a comment being edited), empty otherwise. */
  initial?: Draft;
  label: string;
  placeholder?: string;
  submitLabel: string;
  members: readonly MentionableMember[];
  autoFocus?: boolean;
  /** Sends the body (mentions in their stored form); a refusal is shown under the box. */
  onSubmit: (body: string) => Promise<ActionResult<unknown>>;
  onDone?: () => void;
  onCancel?: () => void;
};

const EMPTY: Draft = { text: "", mentions: [] };

/** Writing a comment: the text with @mentions, its length near the limit, Send and Cancel. */
export function CommentComposer({
  initial = EMPTY,
  label,
  placeholder,
  submitLabel,
  members,
  autoFocus,
  onSubmit,
  onDone,
  onCancel,
}: Props) {
  const errorId = useId();
  const [draft, setDraft] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const length = draft.text.length;
  const empty = draft.text.trim().length === 0;

  const submit = () => {
    if (empty || pending) return;
    startTransition(async () => {
      const result = await onSubmit(fromDraft(draft));
      if (!result.ok) {
        setError(result.fields?.body ?? result.error);
        return;
      }
      setError(null);
      setDraft(EMPTY);
      onDone?.();
    });
  };

  return (
    <form
      className="grid gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <MentionTextarea
        value={draft}
        onChange={(next) => {
          setDraft(next);
          setError(null);
        }}
        onSubmit={submit}
        onCancel={onCancel}
        members={members}
        label={label}
        placeholder={placeholder}
        autoFocus={autoFocus}
        invalid={Boolean(error)}
        describedBy={error ? errorId : undefined}
      />
      {error ? (
        <p id={errorId} role="alert" className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
      <div className="flex items-center justify-between gap-2">
        <span
          className={
            length > LIMITS.commentMax
              ? "text-xs text-destructive tabular-nums"
              : "text-xs text-muted-foreground tabular-nums"
          }
        >
          {length > LIMITS.commentMax * 0.9 ? `${length} / ${LIMITS.commentMax}` : null}
        </span>
        <div className="flex gap-2">
          {onCancel ? (
            <Button type="button" variant="ghost" size="sm" onClick={onCancel} disabled={pending}>
              Cancel
            </Button>
          ) : null}
          <Button type="submit" size="sm" disabled={empty || pending || length > LIMITS.commentMax}>
            {pending ? "Sending…" : submitLabel}
          </Button>
        </div>
      </div>
    </form>
  );
}
