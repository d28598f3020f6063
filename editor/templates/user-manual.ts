import type { TemplatePart } from "./types";

export const USER_MANUAL_TEMPLATE: TemplatePart[] = [
  {
    id: "before-you-start",
    heading: "Before you start",
    prompt: "What the customer needs first: account, device, anything to have at hand.",
  },
  {
    id: "steps",
    heading: "Getting started",
    prompt: "The steps a customer follows, one per line, in order. Use a numbered list.",
  },
  {
    id: "everyday-use",
    heading: "Everyday use",
    prompt: "The tasks customers will come back for, and how to do each.",
  },
  {
    id: "troubleshooting",
    heading: "If something goes wrong",
    prompt: "Common problems and what to do about them.",
  },
];
