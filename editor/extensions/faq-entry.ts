import { Node } from "@tiptap/core";

/**
 * A question and its answer, as one block the checks can count:
 * `<section data-type="faq-entry"><h3 data-type="faq-question">…</h3>
 * <div data-type="faq-answer">…</div></section>`. The question is a real
 * level-3 heading, so screen readers list the questions and a reader can
 * jump from one to the next; the answer holds ordinary blocks (paragraphs,
 * lists, images…). Editing keys live in components/editor/faq-entry-keys.ts.
 */
export const FaqEntry = Node.create({
  name: "faqEntry",
  group: "block",
  content: "faqQuestion faqAnswer",
  // Pasting over a whole entry keeps the entry's shape.
  defining: true,

  parseHTML() {
    return [{ tag: 'section[data-type="faq-entry"]' }];
  },

  renderHTML() {
    return ["section", { "data-type": "faq-entry" }, 0];
  },

  /** The question as a `###` heading, then the answer's blocks. */
  renderMarkdown: (node, helpers) =>
    node.content ? helpers.renderChildren(node.content, "\n\n") : "",
});

/** The question of an FAQ entry: a line of text, ideally ending with "?". */
export const FaqQuestion = Node.create({
  name: "faqQuestion",
  content: "inline*",
  defining: true,
  // Never a node selection of its own: a second Delete would otherwise remove it.
  selectable: false,

  parseHTML() {
    // Before the plain h3 rule of headings (priority 50), which would take it too.
    return [{ tag: 'h3[data-type="faq-question"]', priority: 60 }];
  },

  renderHTML() {
    return ["h3", { "data-type": "faq-question" }, 0];
  },

  // A level-3 heading, as in HTML; a question not yet written is left out.
  renderMarkdown: (node, helpers) => {
    const question = node.content ? helpers.renderChildren(node.content).trim() : "";
    return question ? `### ${question}` : "";
  },
});

/**
 * The answer of an FAQ entry: the blocks an answer needs, but no headings
 * (they would cut the stage's outline in the middle of an answer) and no
 * nested entries.
 */
export const FaqAnswer = Node.create({
  name: "faqAnswer",
  // Paragraph first: an empty answer is created holding one empty paragraph.
  content:
    "(paragraph | bulletList | orderedList | taskList | blockquote | codeBlock | figure | table | horizontalRule)+",
  // Backspace at the start of an answer never merges it into the question.
  isolating: true,
  selectable: false,

  parseHTML() {
    return [{ tag: 'div[data-type="faq-answer"]' }];
  },

  renderHTML() {
    return ["div", { "data-type": "faq-answer" }, 0];
  },

  renderMarkdown: (node, helpers) =>
    node.content ? helpers.renderChildren(node.content, "\n\n") : "",
});

/** An entry with nothing written yet, as editor JSON (templates and the "/" menu). */
export function emptyFaqEntry() {
  return {
    type: "faqEntry",
    content: [{ type: "faqQuestion" }, { type: "faqAnswer", content: [{ type: "paragraph" }] }],
  };
}
