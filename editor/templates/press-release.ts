import type { TemplatePart } from "./types";

// The shape of an Amazon-style launch press release, top to bottom.
export const PRESS_RELEASE_TEMPLATE: TemplatePart[] = [
  {
    id: "headline",
    heading: "Headline",
    prompt:
      'The launch in one line a customer would understand: "Shop Co. lets shoppers get refunds at the counter".',
  },
  {
    id: "subheading",
    heading: "Subheading",
    prompt: "One sentence: who the customer is and what they get.",
  },
  {
    id: "summary",
    heading: "Summary",
    prompt:
      "City and launch date — then what launches, for whom, and the benefit, in a short paragraph.",
  },
  {
    id: "problem",
    heading: "The problem",
    prompt: "The customer's problem today, in their terms. Why does it matter to them?",
  },
  {
    id: "solution",
    heading: "The solution",
    prompt: "How the product solves it, simply. What does the customer do, and what happens?",
  },
  {
    id: "leader-quote",
    heading: "Leader's quote",
    prompt: "A quote from a leader on why we built this.",
  },
  {
    id: "getting-started",
    heading: "How it works",
    prompt: "How a customer gets started, in two or three steps.",
  },
  {
    id: "customer-quote",
    heading: "Customer quote",
    prompt: "A customer describing the benefit in their own words.",
  },
  { id: "call-to-action", heading: "Call to action", prompt: "Where to go and what to do next." },
];
