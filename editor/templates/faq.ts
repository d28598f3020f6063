import type { TemplatePart } from "./types";

// External (customer) questions first, internal (stakeholder) questions after.
export const FAQ_TEMPLATE: TemplatePart[] = [
  {
    id: "external",
    heading: "Customer questions",
    prompt: 'Questions a customer would ask, each ending with "?", each followed by its answer.',
  },
  {
    id: "internal",
    heading: "Internal questions",
    prompt: "What stakeholders will ask: cost, risks, why now, what it replaces — with answers.",
  },
];
