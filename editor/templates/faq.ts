import type { TemplatePart } from "./types";

// External (customer) questions first, internal (the business's) after. Each
// part starts with one empty entry; its question shows the prompt.
export const FAQ_TEMPLATE: TemplatePart[] = [
  {
    id: "external",
    heading: "External FAQ",
    prompt: "A question a customer would ask?",
    body: "faqEntry",
  },
  {
    id: "internal",
    heading: "Internal FAQ",
    prompt: "A question the business would ask: cost, risks, dependencies, why now?",
    body: "faqEntry",
  },
];
