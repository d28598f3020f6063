import { z } from "@/lib/schemas/zod";
import { LIMITS } from "./limits";
import { ZText } from "./text";
import { STAGE_ACTIONS } from "@/lib/stages";

/** A new initiative: what it is and who it is for. */
export const ZCreateInitiativeSchema = z.object({
  /** The launch, as a headline-sized name ("Instant refunds at the counter"). */
  title: ZText("Give the initiative a title")
    .trim()
    .min(1, "Give the initiative a title")
    .max(LIMITS.titleMax, `Keep the title under ${LIMITS.titleMax} characters`),
  /** The customer it is for. Working Backwards starts here. */
  customer: ZText("Say which customer this is for")
    .trim()
    .min(1, "Say which customer this is for")
    .max(LIMITS.customerMax, `Keep it under ${LIMITS.customerMax} characters`),
});
export type TCreateInitiative = z.infer<typeof ZCreateInitiativeSchema>;

/** Complete or reopen a stage. */
export const ZTransitionSectionSchema = z.object({
  action: z.enum(STAGE_ACTIONS, { error: `Action must be one of: ${STAGE_ACTIONS.join(", ")}` }),
});
export type TTransitionSection = z.infer<typeof ZTransitionSectionSchema>;
