import { LIMITS } from "@/lib/schemas/limits";

/**
 * Amazon's five customer questions (Working Backwards, Bryar & Carr), in the
 * one place forms, the Customer card, the schemas and tests read them from.
 * `customer` ("who") is the column initiatives have always had; the other four
 * were added later, empty until someone answers them.
 */
export const CUSTOMER_QUESTIONS = [
  {
    field: "customer",
    label: "Who is the customer?",
    short: "Customer",
    hint: "Who is it for, in their words?",
    placeholder: "Shoppers returning an item in store who want their money back today",
    max: LIMITS.customerMax,
  },
  {
    field: "customerProblem",
    label: "What is the customer's problem or opportunity?",
    short: "Problem or opportunity",
    hint: "What gets in their way today, or what could be better?",
    placeholder: "Refunds take 5–10 days to reach their card after a return",
    max: LIMITS.customerAnswerMax,
  },
  {
    field: "customerBenefit",
    label: "What is the most important customer benefit?",
    short: "Most important benefit",
    hint: "One benefit, said the way the customer would say it.",
    placeholder: "The money is back on their card before they leave the store",
    max: LIMITS.customerAnswerMax,
  },
  {
    field: "customerEvidence",
    label: "How do you know what the customer needs or wants?",
    short: "How we know",
    hint: "Data, interviews, support tickets: what tells you so?",
    placeholder: "2,300 support tickets last quarter asked where a refund was",
    max: LIMITS.customerAnswerMax,
  },
  {
    field: "customerExperience",
    label: "What does the customer experience look like?",
    short: "Customer experience",
    hint: "Walk through it from the customer's side.",
    placeholder: "They hand the item over, tap their card, and see the refund at once",
    max: LIMITS.customerAnswerMax,
  },
] as const;

export type CustomerQuestion = (typeof CUSTOMER_QUESTIONS)[number];
export type CustomerField = CustomerQuestion["field"];
/** The four answered after creation; "who" is asked for up front. */
export type OptionalCustomerField = Exclude<CustomerField, "customer">;

export const CUSTOMER_FIELDS = CUSTOMER_QUESTIONS.map((question) => question.field);

/** One initiative's answers, empty strings for the unanswered. */
export type CustomerAnswers = Record<CustomerField, string>;

/** The question for a field (the list is fixed, so this never misses). */
export function customerQuestion(field: CustomerField): CustomerQuestion {
  const question = CUSTOMER_QUESTIONS.find((candidate) => candidate.field === field);
  if (!question) throw new Error(`No customer question for ${field}`);
  return question;
}

/** Nothing answered yet. */
export const NO_ANSWERS = Object.fromEntries(
  CUSTOMER_FIELDS.map((field) => [field, ""]),
) as CustomerAnswers;

/** The Prisma `select` for an initiative's answers. */
export const CUSTOMER_SELECT = Object.fromEntries(
  CUSTOMER_FIELDS.map((field) => [field, true]),
) as Record<CustomerField, true>;

/** Just the answers from a row that holds more, so nothing else is handed to the browser. */
export function customerAnswersOf(row: CustomerAnswers): CustomerAnswers {
  return Object.fromEntries(CUSTOMER_FIELDS.map((field) => [field, row[field]])) as CustomerAnswers;
}
