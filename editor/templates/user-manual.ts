import type { TemplatePart } from "./types";

export const USER_MANUAL_TEMPLATE: TemplatePart[] = [
  {
    heading: "Before you start",
    prompt: "What the customer needs first: account, device, anything to have at hand.",
  },
  {
    heading: "Getting started",
    prompt: "The steps a customer follows, one per line, in order. Use a numbered list.",
  },
  {
    heading: "Everyday use",
    prompt: "The tasks customers will come back for, and how to do each.",
  },
  { heading: "If something goes wrong", prompt: "Common problems and what to do about them." },
];
