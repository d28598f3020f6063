import type { ReactNode } from "react";
import { CheckCircle2Icon } from "lucide-react";
import { formatRelative } from "@/lib/format";
import { feedbackAnchor } from "@/lib/feedback";
import { initialsOf } from "@/lib/initials";
import type { FeedbackMessageView, FeedbackThreadView } from "@/server/data/feedback/feedback-view";
import { ReplyFeedbackForm } from "./reply-feedback-form";
import { ResolveFeedbackButton } from "./resolve-feedback-button";

export type FeedbackThreadProps = {
  thread: FeedbackThreadView;
  /** May mark it answered or reopen it (owners and editors). */
  canResolve: boolean;
  /** Where the thread sits, before the part it quotes: the team's page names the version. */
  context?: ReactNode;
};

const ABSOLUTE = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

/** "3 hours ago", with the exact time (UTC) on hover. */
function When({ date }: { date: Date }) {
  return (
    <time dateTime={date.toISOString()} title={`${ABSOLUTE.format(date)} UTC`}>
      {formatRelative(date)}
    </time>
  );
}

/** Initials on a colour from the name: no client avatar component on the reader page. */
function Initials({ name }: { name: string }) {
  const initials = initialsOf(name);
  return (
    <span
      aria-hidden
      className="grid size-7 shrink-0 place-items-center rounded-full bg-muted text-xs font-medium text-muted-foreground"
    >
      {initials || "?"}
    </span>
  );
}

function Message({ message }: { message: FeedbackMessageView }) {
  return (
    <li className="flex gap-3">
      <Initials name={message.author.name} />
      <div className="grid min-w-0 flex-1 gap-1">
        <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
          <span className="font-medium">{message.author.name}</span>
          {message.author.team ? (
            <span className="rounded bg-primary/10 px-1.5 text-xs font-medium text-primary">
              Team
            </span>
          ) : null}
          <span className="text-xs text-muted-foreground">
            <When date={message.createdAt} />
          </span>
        </p>
        {/* Text, never HTML: React escapes it; line breaks kept as typed. */}
        <p className="text-sm break-words whitespace-pre-wrap">{message.body}</p>
      </div>
    </li>
  );
}

/**
 * One feedback thread: what it is about (a quoted passage with its part, or
 * the whole document), its messages with who wrote them and when, whether
 * the team marked it answered, a reply box for every reader, and "Mark
 * answered" / "Reopen" for the team. Its id is the link notifications use.
 */
export function FeedbackThread({ thread, canResolve, context }: FeedbackThreadProps) {
  const answered = thread.resolvedAt !== null;
  return (
    <article
      id={feedbackAnchor(thread.id)}
      aria-label={`Feedback from ${thread.author.name}`}
      data-state={answered ? "answered" : "open"}
      className="grid scroll-mt-24 break-inside-avoid gap-4 rounded-lg border bg-card p-4 text-card-foreground target:ring-2 target:ring-primary/40"
    >
      <header className="flex flex-wrap items-center justify-between gap-2 text-xs text-muted-foreground">
        <span>
          {context}
          {thread.stageLabel ?? "The whole document"}
        </span>
        {answered ? (
          <span className="inline-flex items-center gap-1 font-medium text-success">
            <CheckCircle2Icon aria-hidden className="size-3.5" /> Answered
          </span>
        ) : null}
      </header>
      {thread.quote ? (
        <blockquote className="border-l-2 border-amber-400 pl-3 text-sm text-muted-foreground italic">
          {thread.quote}
        </blockquote>
      ) : null}
      <ol className="grid gap-4">
        {thread.messages.map((message) => (
          <Message key={message.id} message={message} />
        ))}
      </ol>
      <footer className="flex flex-wrap items-start justify-between gap-3">
        <ReplyFeedbackForm
          threadId={thread.id}
          label={answered && !canResolve ? "Ask a follow-up" : "Reply"}
        />
        {canResolve ? <ResolveFeedbackButton threadId={thread.id} resolved={answered} /> : null}
      </footer>
    </article>
  );
}
