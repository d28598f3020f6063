import { z } from "@/lib/schemas/zod";
import { ZText } from "./text";
import { customerQuestion, type OptionalCustomerField } from "@/lib/customer-questions";

const who = customerQuestion("customer");

/** "Who is the customer?": required, because Working Backwards starts there. */
export const ZCustomerWho = ZText("Say which customer this is for")
  .trim()
  .min(1, "Say which customer this is for")
  .max(who.max, `Keep it under ${who.max} characters`);

/** One of the other four answers: free text, empty until someone answers it. */
function ZCustomerAnswer(field: OptionalCustomerField) {
  const { max, short } = customerQuestion(field);
  return ZText(`${short}: answer in words`).trim().max(max, `Keep it under ${max} characters`);
}

/** The four questions answered after creation, each optional. */
export const ZOptionalCustomerAnswers = z.object({
  customerProblem: ZCustomerAnswer("customerProblem").optional(),
  customerBenefit: ZCustomerAnswer("customerBenefit").optional(),
  customerEvidence: ZCustomerAnswer("customerEvidence").optional(),
  customerExperience: ZCustomerAnswer("customerExperience").optional(),
});

/**
 * A change to an initiative's customer answers. A field left out stays as it
 * is; an empty string clears an answer ("who" cannot be cleared).
 */
export const ZUpdateCustomerSchema = ZOptionalCustomerAnswers.extend({
  customer: ZCustomerWho.optional(),
});
export type TUpdateCustomer = z.infer<typeof ZUpdateCustomerSchema>;
