import type { TemplatePart } from "./types";

// Written last, on purpose: what it takes to deliver the experience above.
export const FEASIBILITY_TEMPLATE: TemplatePart[] = [
  { id: "approach", heading: "Approach", prompt: "How we would build it, in outline." },
  {
    id: "risks",
    heading: "Risks",
    prompt: "What could stop us or make it late, and how we would find out early.",
  },
  { id: "dependencies", heading: "Dependencies", prompt: "Teams, systems and vendors we need." },
  {
    id: "open-questions",
    heading: "Open questions",
    prompt: "What we do not know yet, and who will answer it.",
  },
  {
    id: "estimate",
    heading: "Estimate",
    prompt: "People and time, with the confidence of the estimate.",
  },
];
