import type { TemplatePart } from "./types";

export const MOCKUPS_TEMPLATE: TemplatePart[] = [
  {
    id: "screens",
    heading: "Screens",
    prompt:
      "Paste or drop sketches and screenshots here. Give each a caption saying what the customer sees.",
  },
  {
    id: "notes",
    heading: "Notes",
    prompt: "Anything the pictures do not show: states, edge cases, copy.",
  },
];
