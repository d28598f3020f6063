/** One heading of a stage's template and the prompt shown in the empty paragraph under it. */
export type TemplatePart = {
  heading: string;
  /** Shown as placeholder text, never stored in the document. */
  prompt: string;
};
