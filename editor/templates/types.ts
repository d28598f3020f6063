/** One heading of a stage's template and the prompt shown in the empty block under it. */
export type TemplatePart = {
  /**
   * Stored on the heading (its `part` attribute), so the checks can find the
   * part after people rename or move the heading. Unique within the stage.
   */
  id: string;
  heading: string;
  /** Shown as placeholder text, never stored in the document. */
  prompt: string;
  /**
   * What the heading is followed by: an empty paragraph (the default), or an
   * empty FAQ entry whose question shows the prompt.
   */
  body?: "paragraph" | "faqEntry";
};
