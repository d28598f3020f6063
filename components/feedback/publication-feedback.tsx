import type { PublicationView } from "@/server/data/publication/publication-view";
import type { Actor } from "@/server/policies/permissions";

export type PublicationFeedbackProps = {
  publication: PublicationView;
  /** The signed-in member reading it. */
  actor: NonNullable<Actor>;
};

/**
 * Stakeholder feedback at the end of a published document, for members:
 * the threads on this version and a form to ask a question. Placeholder
 * until the feedback work lands.
 */
export function PublicationFeedback(_props: PublicationFeedbackProps) {
  return null;
}
