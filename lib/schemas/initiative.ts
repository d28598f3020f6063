import { z } from "@/lib/schemas/zod";
import { LIMITS } from "./limits";
import { ZText } from "./text";
import { ZCustomerWho, ZOptionalCustomerAnswers } from "./customer";
import { TRANSITION_ACTIONS } from "@/lib/stages";

/** A new initiative: what it is, who it is for, and optionally the other four customer answers. */
export const ZCreateInitiativeSchema = ZOptionalCustomerAnswers.extend({
  /** The launch, as a headline-sized name ("Instant refunds at the counter"). */
  title: ZText("Give the initiative a title")
    .trim()
    .min(1, "Give the initiative a title")
    .max(LIMITS.titleMax, `Keep the title under ${LIMITS.titleMax} characters`),
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
