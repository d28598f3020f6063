import { CUSTOMER_QUESTIONS, type CustomerAnswers } from "@/lib/customer-questions";
import type { CheckResult } from "./types";

/**
 * Whether the initiative answers Amazon's five customer questions. They live
 * on the Customer card, not in the document, so the anchor names the first
 * unanswered field and the checklist opens the card there.
 */
export function customerQuestionsCheck(answers: Partial<CustomerAnswers> | undefined): CheckResult {
  const missing = CUSTOMER_QUESTIONS.filter(
    (question) =>
      !(typeof answers?.[question.field] === "string" && answers[question.field]?.trim()),
  );
  const first = missing[0];
  return {
    id: "customer",
    label: "The five customer questions",
    hint: "Answer all five customer questions on the Customer card.",
    required: true,
    passed: !first,
    ...(first && {
      detail: `Not answered: ${missing.map((question) => question.short).join(", ")}`,
      anchor: { kind: "customer", field: first.field },
    }),
  };
}
