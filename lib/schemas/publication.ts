import { z } from "@/lib/schemas/zod";
import { LIMITS } from "./limits";
import { ZText } from "./text";
import { STAGES } from "@/lib/stages";

/** Publishing: an optional note on why this version went out. */
export const ZPublishSchema = z.object({
  note: ZText("Write the note as text")
    .max(LIMITS.publicationNoteMax, `Keep the note under ${LIMITS.publicationNoteMax} characters`)
    .transform((note) => note.trim())
    .default(""),
});
export type TPublish = z.infer<typeof ZPublishSchema>;

const ZFeedbackBody = ZText("Write your question or comment")
  .max(LIMITS.feedbackMax, `Keep it under ${LIMITS.feedbackMax} characters`)
  .refine((body) => body.trim().length > 0, "Write your question or comment");

/**
 * A stakeholder's question on a publication: on a passage (its quote, and
 * the stage it is in) or, without them, on the whole document.
 */
export const ZCreateFeedbackSchema = z
  .object({
    body: ZFeedbackBody,
    stage: z.enum(STAGES, { error: "Choose a part of the document" }).optional(),
    quote: ZText("Select the passage again")
      .max(LIMITS.quoteMax, `Quote at most ${LIMITS.quoteMax} characters`)
      .transform((quote) => quote.replace(/\s+/g, " ").trim())
      .default(""),
  })
  .refine((input) => !input.quote || input.stage, {
    path: ["stage"],
    message: "Choose the part of the document the passage is in",
  });
export type TCreateFeedback = z.infer<typeof ZCreateFeedbackSchema>;

/** A reply in a feedback thread. */
export const ZFeedbackReplySchema = z.object({ body: ZFeedbackBody });
export type TFeedbackReply = z.infer<typeof ZFeedbackReplySchema>;
