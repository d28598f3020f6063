import { z } from "@/lib/schemas/zod";
import { LIMITS } from "./limits";
import { ZText } from "./text";
import { ZCustomerWho, ZOptionalCustomerAnswers } from "./customer";
import { TRANSITION_ACTIONS } from "@/lib/stages";

/** The launch, as a headline-sized name ("Instant refunds at the counter"). */
const ZInitiativeTitle = ZText("Give the initiative a title")
  .trim()
  .min(1, "Give the initiative a title")
  .max(LIMITS.titleMax, `Keep the title under ${LIMITS.titleMax} characters`);

/** A new initiative: what it is, who it is for, and optionally the other four customer answers. */
export const ZCreateInitiativeSchema = ZOptionalCustomerAnswers.extend({
  title: ZInitiativeTitle,
  /** Who the customer is. Working Backwards starts here. */
  customer: ZCustomerWho,
});
export type TCreateInitiative = z.infer<typeof ZCreateInitiativeSchema>;

/** Complete or reopen a stage. */
export const ZTransitionSectionSchema = z.object({
  action: z.enum(TRANSITION_ACTIONS, {
    error: `Action must be one of: ${TRANSITION_ACTIONS.join(", ")}`,
  }),
});
export type TTransitionSection = z.infer<typeof ZTransitionSectionSchema>;

/** A new title for an initiative. */
export const ZRenameInitiativeSchema = z.object({ title: ZInitiativeTitle });
export type TRenameInitiative = z.infer<typeof ZRenameInitiativeSchema>;

/**
 * Deleting an initiative: the person types its title to confirm (compared
 * with the stored title on the server, ignoring surrounding spaces).
 */
export const ZDeleteInitiativeSchema = z.object({
  confirmation: ZText("Type the initiative's title to confirm")
    .trim()
    .min(1, "Type the initiative's title to confirm")
    .max(LIMITS.titleMax, "Type the initiative's title to confirm"),
});
export type TDeleteInitiative = z.infer<typeof ZDeleteInitiativeSchema>;
