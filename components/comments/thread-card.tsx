"use client";

import { useTransition } from "react";
import { toast } from "sonner";
import { CheckIcon, RotateCcwIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/utils";
import { addReplyAction } from "@/server/actions/add-reply";
import { resolveThreadAction } from "@/server/actions/resolve-thread";
import { reopenThreadAction } from "@/server/actions/reopen-thread";
import type { MentionableMember, ThreadView } from "@/lib/comments/types";
import { CommentItem } from "./comment-item";
import { CommentComposer } from "./comment-composer";

type Props = {
  thread: ThreadView;
  /** Open in the panel: every comment, the reply box. */
  active: boolean;
  /** Its passage was deleted from the document. */
  removed: boolean;
  selfId: string;
  canComment: boolean;
  members: readonly MentionableMember[];
  onSelect: (threadId: string | null) => void;
  onChanged: () => void;
};

/**
 * One thread: the passage it is about (or "Passage removed" with the quoted
 * text), its comments, and for the open one a reply box and Resolve/Reopen.
 * A closed one shows its first comment and how many replies follow.
 */
export function ThreadCard({
  thread,
  active,
  removed,
  selfId,
  canComment,
  members,
  onSelect,
  onChanged,
}: Props) {
  const [pending, startTransition] = useTransition();
  const resolved = thread.resolvedAt !== null;
  const [first, ...replies] = thread.comments;
  const shown = active ? thread.comments : first ? [first] : [];
  const withWords = thread.comments.filter((comment) => !comment.deleted).length;

  const toggleResolved = () =>
    startTransition(async () => {
      const result = resolved
        ? await reopenThreadAction(thread.id)
        : await resolveThreadAction(thread.id);
      if (!result.ok) toast.error(result.error);
      else if (!resolved) onSelect(null);
      onChanged();
    });

  return (
    <article
      id={`thread-${thread.id}`}
      aria-label={`Thread on “${thread.quote}”`}
      data-state={resolved ? "resolved" : "open"}
      className={cn(
        "grid gap-3 rounded-lg border bg-card p-3 transition-shadow",
        active ? "border-primary/40 shadow-md ring-1 ring-primary/20" : "hover:border-primary/30",
        resolved && !active && "opacity-80",
      )}
    >
      <div className="flex items-start justify-between gap-2">
        <button
          type="button"
          className="grid min-w-0 flex-1 gap-1 text-left outline-none focus-visible:ring-2 focus-visible:ring-ring/50"
          aria-expanded={active}
          onClick={() => onSelect(active ? null : thread.id)}
        >
          {removed ? (
            <Badge variant="outline" className="w-fit text-muted-foreground">
              Passage removed
            </Badge>
          ) : null}
          <blockquote
            className={cn(
              "border-l-2 border-amber-400 pl-2 text-xs text-muted-foreground",
              removed && "line-through decoration-muted-foreground/50",
              !active && "line-clamp-2",
            )}
          >
            {thread.quote}
          </blockquote>
        </button>
        {canComment && active ? (
          <Button
            variant={resolved ? "outline" : "secondary"}
            size="sm"
            className="h-7 px-2"
            disabled={pending}
            onClick={toggleResolved}
          >
            {resolved ? <RotateCcwIcon /> : <CheckIcon />}
            {resolved ? "Reopen" : "Resolve"}
          </Button>
        ) : null}
      </div>
      {resolved ? (
        <p className="flex items-center gap-1 text-xs text-success">
          <CheckIcon className="size-3.5" aria-hidden /> Resolved
          {thread.resolvedBy ? ` by ${thread.resolvedBy.name}` : ""}
        </p>
      ) : null}
      <ul className="grid gap-3">
        {shown.map((comment) => (
          <CommentItem
            key={comment.id}
            comment={comment}
            selfId={selfId}
            members={members}
            onlyComment={withWords === 1}
            onChanged={onChanged}
          />
        ))}
      </ul>
      {/* Closed, a thread says how to open it: its quote is a button too, but does not look like one. */}
      {!active && (replies.length > 0 || canComment) ? (
        <button
          type="button"
          className="w-fit text-xs font-medium text-primary hover:underline"
          onClick={() => onSelect(thread.id)}
        >
          {openLabel(replies.length, resolved)}
        </button>
      ) : null}
      {active && canComment ? (
        <CommentComposer
          label="Reply"
          placeholder={resolved ? "Reply and reopen… (@ to mention)" : "Reply… (@ to mention)"}
          submitLabel="Reply"
          members={members}
          onSubmit={(body) => addReplyAction({ body }, thread.id)}
          onDone={onChanged}
        />
      ) : null}
    </article>
  );
}

/** What a closed thread's button says: its replies, or what opening it offers. */
function openLabel(replies: number, resolved: boolean): string {
  if (replies === 1) return "1 reply";
  if (replies > 1) return `${replies} replies`;
  return resolved ? "Reply" : "Reply or resolve";
}
