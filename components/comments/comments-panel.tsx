"use client";

import { useMemo, useState } from "react";
import { MessageSquareIcon } from "lucide-react";
import { cn } from "@/lib/utils";
import { createThreadAction } from "@/server/actions/create-thread";
import { toBase64 } from "@/lib/comments/anchor-bytes";
import type { MentionableMember, ThreadView } from "@/lib/comments/types";
import type { CommentsController } from "./use-comments";
import { ThreadCard } from "./thread-card";
import { CommentComposer } from "./comment-composer";

const FILTERS = [
  { id: "open", label: "Open" },
  { id: "resolved", label: "Resolved" },
  { id: "mentions", label: "Mentions me" },
] as const;
type Filter = (typeof FILTERS)[number]["id"];

const matches: Record<Filter, (thread: ThreadView) => boolean> = {
  open: (thread) => thread.resolvedAt === null,
  resolved: (thread) => thread.resolvedAt !== null,
  mentions: (thread) => thread.mentionsMe,
};

type Props = {
  sectionId: string;
  comments: CommentsController;
  selfId: string;
  canComment: boolean;
  members: readonly MentionableMember[];
};

/** Threads in the order their passages appear; those whose passage is gone last. */
function inDocumentOrder(threads: ThreadView[], order: CommentsController["order"]) {
  if (!order) return threads;
  const rank = new Map(order.placed.map((id, index) => [id, index]));
  const last = order.placed.length;
  return [...threads].sort((a, b) => (rank.get(a.id) ?? last) - (rank.get(b.id) ?? last));
}

/**
 * The stage's comments beside the editor: a new thread being written on
 * the selected passage, then the threads (open, resolved, or those that
 * mention me), in document order, each opening in place.
 */
export function CommentsPanel({ sectionId, comments, selfId, canComment, members }: Props) {
  const { threads, failed, order, activeId, selectThread, draft, cancelDraft, refetch } = comments;
  const [chosen, setChosen] = useState<Filter>("open");
  const all = useMemo(() => inDocumentOrder(threads ?? [], order), [threads, order]);
  // A thread opened from its highlight or a link shows even if the filter would hide it.
  const active = all.find((thread) => thread.id === activeId);
  const filter: Filter =
    active && !matches[chosen](active)
      ? active.resolvedAt === null
        ? "open"
        : "resolved"
      : chosen;
  const shown = all.filter(matches[filter]);
  const choose = (next: Filter) => {
    setChosen(next);
    if (active && !matches[next](active)) selectThread(null);
  };

  return (
    <section aria-labelledby="comments-title" className="grid gap-3">
      <h2 id="comments-title" className="sr-only">
        Comments
      </h2>
      {draft && canComment ? (
        <div className="grid gap-2 rounded-lg border border-primary/40 bg-card p-3 shadow-sm">
          <blockquote className="line-clamp-3 border-l-2 border-primary/50 pl-2 text-xs text-muted-foreground">
            {draft.quote}
          </blockquote>
          <CommentComposer
            label="New comment"
            placeholder="Add a comment… (@ to mention)"
            submitLabel="Comment"
            members={members}
            autoFocus
            onSubmit={async (body) => {
              const result = await createThreadAction(
                {
                  anchorStart: toBase64(draft.anchor.start),
                  anchorEnd: toBase64(draft.anchor.end),
                  quote: draft.quote,
                  body,
                },
                sectionId,
              );
              if (result.ok) {
                cancelDraft();
                selectThread(result.data.threadId);
                await refetch();
              }
              return result;
            }}
            onCancel={cancelDraft}
          />
        </div>
      ) : null}
      <div role="group" aria-label="Show threads" className="flex flex-wrap gap-1">
        {FILTERS.map(({ id, label }) => {
          const count = all.filter(matches[id]).length;
          return (
            <button
              key={id}
              type="button"
              aria-pressed={filter === id}
              onClick={() => choose(id)}
              className={cn(
                "rounded-full border px-2.5 py-0.5 text-xs font-medium transition-colors outline-none focus-visible:ring-2 focus-visible:ring-ring/50",
                filter === id
                  ? "border-primary bg-primary text-primary-foreground"
                  : "text-muted-foreground hover:bg-accent hover:text-accent-foreground",
              )}
            >
              {label} <span className="tabular-nums">{count}</span>
            </button>
          );
        })}
      </div>
      {failed && !threads ? (
        <p role="alert" className="text-sm text-destructive">
          Comments could not be loaded. They will appear when the connection is back.
        </p>
      ) : threads === null ? (
        <p className="text-sm text-muted-foreground">Loading comments…</p>
      ) : shown.length === 0 ? (
        <EmptyState filter={filter} canComment={canComment} />
      ) : (
        <div className="grid gap-2" role="list" aria-label="Threads">
          {shown.map((thread) => (
            <div role="listitem" key={thread.id}>
              <ThreadCard
                thread={thread}
                active={thread.id === activeId}
                removed={order?.removed.has(thread.id) ?? false}
                selfId={selfId}
                canComment={canComment}
                members={members}
                onSelect={selectThread}
                onChanged={() => void refetch()}
              />
            </div>
          ))}
        </div>
      )}
    </section>
  );
}

function EmptyState({ filter, canComment }: { filter: Filter; canComment: boolean }) {
  const text =
    filter === "open"
      ? canComment
        ? "No open comments. Select text in the document and choose Comment."
        : "No open comments."
      : filter === "resolved"
        ? "No resolved comments."
        : "Nobody has mentioned you here.";
  return (
    <p className="flex items-start gap-2 rounded-lg border border-dashed p-3 text-sm text-muted-foreground">
      <MessageSquareIcon className="mt-0.5 size-4 shrink-0" aria-hidden /> {text}
    </p>
  );
}
