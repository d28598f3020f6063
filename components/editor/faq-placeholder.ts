import { Extension } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { promptFor } from "@/editor/templates";
import type { Stage } from "@/lib/stages";
import { headingAbove } from "./prompt-placeholder";

const faqPlaceholderKey = new PluginKey<DecorationSet>("faqPlaceholder");

/** For a question outside the template's parts (its prompts come from the part's heading). */
export const QUESTION_PLACEHOLDER = "A question a customer would ask?";
export const ANSWER_PLACEHOLDER = "The answer…";

/** The prompt decorations of one document: empty questions and answers of top-level entries. */
function promptsOf(doc: ProseMirrorNode, stage: Stage): DecorationSet {
  const decorations: Decoration[] = [];
  // The same classes as the template's prompts, so they look alike (globals.css).
  const prompt = (from: number, node: ProseMirrorNode, text: string) =>
    decorations.push(
      Decoration.node(from, from + node.nodeSize, {
        class: "is-empty has-prompt",
        "data-placeholder": text,
      }),
    );
  doc.forEach((entry, offset) => {
    if (entry.type.name !== "faqEntry" || entry.childCount < 2) return;
    const question = entry.child(0);
    const answer = entry.child(1);
    const questionAt = offset + 1;
    if (question.content.size === 0) {
      const fromTemplate = promptFor(stage, headingAbove(doc, questionAt), "faqEntry");
      prompt(questionAt, question, fromTemplate ?? QUESTION_PLACEHOLDER);
    }
    const first = answer.firstChild;
    if (answer.childCount === 1 && first?.type.name === "paragraph" && first.content.size === 0) {
      prompt(questionAt + question.nodeSize + 1, first, ANSWER_PLACEHOLDER);
    }
  });
  return DecorationSet.create(doc, decorations);
}

/**
 * What an empty FAQ entry asks for, shown and never stored: its question
 * shows the prompt of the part it is in (customers' or the business's
 * questions), its answer "The answer…". The editor's Placeholder only looks
 * at top-level blocks, hence a plugin of its own. Only top-level blocks are
 * visited, so rebuilding on each change stays cheap.
 */
export function faqPlaceholder(stage: Stage) {
  return Extension.create({
    name: "faqPlaceholder",

    addProseMirrorPlugins() {
      const editor = this.editor;
      return [
        new Plugin<DecorationSet>({
          key: faqPlaceholderKey,
          state: {
            init: (_config, state) => promptsOf(state.doc, stage),
            apply: (tr, previous) => (tr.docChanged ? promptsOf(tr.doc, stage) : previous),
          },
          props: {
            // Like the template's prompts: a read-only reader sees only what was written.
            decorations: (state) => (editor.isEditable ? faqPlaceholderKey.getState(state) : null),
          },
        }),
      ];
    },
  });
}
