import Link from "next/link";
import { MessagesSquareIcon } from "lucide-react";
import { can } from "@/server/policies/permissions";
import type {
  FeedbackFilter,
  InitiativeFeedback as InitiativeFeedbackData,
} from "@/server/data/feedback/list-initiative-feedback";
import { publicationPath } from "@/lib/publication";
import { feedbackPath } from "@/lib/feedback";
import { cn } from "@/lib/utils";
import { FeedbackThread } from "./feedback-thread";

export type InitiativeFeedbackProps = {
  feedback: InitiativeFeedbackData;
  show: FeedbackFilter;
  /** This page's path, for the filter links. */
  base: string;
};

const EMPTY: Record<FeedbackFilter, string> = {
  open: "No open questions. New ones from readers of the published document appear here.",
  answered: "Nothing marked answered yet.",
  all: "No feedback yet. Readers’ questions on the published document appear here.",
};

/**
 * Stakeholder feedback across every published version, for the team:
 * Open / Answered / All as links (no script), then each thread with the
 * version and part it is about, a reply box and "Mark answered".
 */
export function InitiativeFeedback({ feedback, show, base }: InitiativeFeedbackProps) {
  const { threads, counts, latestVersion, initiative, actor } = feedback;
  const canResolve = can(actor, "feedback.resolve");
  const filters: { value: FeedbackFilter; label: string }[] = [
    { value: "open", label: `Open (${counts.open})` },
    { value: "answered", label: `Answered (${counts.answered})` },
    { value: "all", label: `All (${counts.open + counts.answered})` },
  ];
  return (
    <section aria-labelledby="feedback-title" className="mt-8 grid max-w-3xl gap-6">
      <header className="grid gap-2">
        <h2 id="feedback-title" className="flex items-center gap-2 text-xl font-semibold">
          <MessagesSquareIcon aria-hidden className="size-5 text-muted-foreground" />
          Feedback from readers
        </h2>
        <p className="text-sm text-muted-foreground">
          {latestVersion === null ? (
            "Nothing is published yet. Once it is, questions and comments from its readers appear here."
          ) : (
            <>
              Questions and comments on the published document
              {latestVersion > 1 ? `, versions 1 to ${latestVersion}` : ""}.{" "}
              <Link
                href={publicationPath(initiative.id)}
                className="font-medium text-primary hover:underline"
              >
                Read version {latestVersion}
              </Link>
            </>
          )}
        </p>
      </header>
      <nav aria-label="Show feedback" className="flex gap-1 border-b">
        {filters.map((filter) => (
          <Link
            key={filter.value}
            href={filter.value === "open" ? base : `${base}?show=${filter.value}`}
            aria-current={filter.value === show ? "page" : undefined}
            className={cn(
              "-mb-px border-b-2 px-3 py-2 text-sm font-medium text-muted-foreground hover:text-foreground",
              filter.value === show ? "border-primary text-foreground" : "border-transparent",
            )}
          >
            {filter.label}
          </Link>
        ))}
      </nav>
      {threads.length ? (
        <ol className="grid gap-4">
          {threads.map((thread) => (
            <li key={thread.id}>
              <FeedbackThread
                thread={thread}
                canResolve={canResolve}
                context={
                  <>
                    <Link
                      href={feedbackPath({ ...thread, threadId: thread.id })}
                      className="font-medium hover:underline"
                    >
                      Version {thread.version}
                    </Link>
                    {" · "}
                  </>
                }
              />
            </li>
          ))}
        </ol>
      ) : (
        <p className="rounded-lg border border-dashed p-6 text-center text-sm text-muted-foreground">
          {EMPTY[show]}
        </p>
      )}
    </section>
  );
}
