import type { PublicationView } from "@/server/data/publication/publication-view";
import { can, type Actor } from "@/server/policies/permissions";
import { listPublicationFeedback } from "@/server/data/feedback/list-publication-feedback";
import { FEEDBACK_SECTION_ID } from "@/lib/feedback";
import { STAGE_INFO } from "@/lib/stages";
import { AskFeedbackForm } from "./ask-feedback-form";
import { FeedbackThread } from "./feedback-thread";

export type PublicationFeedbackProps = {
  publication: PublicationView;
  /** The signed-in member reading it. */
  actor: NonNullable<Actor>;
};

/**
 * Stakeholder feedback at the end of a published document, for members
 * (share-link readers never get here): this version's threads, oldest
 * first, with the team's answers, and the form to ask a question about a
 * passage or the whole document. Server-rendered; the forms and the
 * passage button are the only script.
 */
export async function PublicationFeedback({ publication, actor }: PublicationFeedbackProps) {
  const threads = await listPublicationFeedback({
    userId: actor.userId,
    publicationId: publication.id,
  });
  const canResolve = can(actor, "feedback.resolve");
  const parts = Object.fromEntries(
    publication.snapshot.stages.map(({ stage }) => [stage, STAGE_INFO[stage].label]),
  );
  return (
    <section
      id={FEEDBACK_SECTION_ID}
      aria-labelledby={`${FEEDBACK_SECTION_ID}-title`}
      className="grid gap-6 font-sans"
    >
      <header className="grid gap-1">
        <h2 id={`${FEEDBACK_SECTION_ID}-title`} className="text-xl font-semibold tracking-tight">
          Questions and comments
        </h2>
        <p className="text-sm text-muted-foreground">
          {threads.length === 0 ? `No questions on version ${publication.version} yet. ` : null}
          Everyone in the workspace who reads this document sees the questions and the team’s
          answers.
        </p>
      </header>
      {threads.length ? (
        <ol className="grid gap-4">
          {threads.map((thread) => (
            <li key={thread.id}>
              <FeedbackThread thread={thread} canResolve={canResolve} />
            </li>
          ))}
        </ol>
      ) : null}
      <AskFeedbackForm publicationId={publication.id} parts={parts} />
    </section>
  );
}
