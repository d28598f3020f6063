import { Extension, type Editor } from "@tiptap/core";
import type { Transaction } from "@tiptap/pm/state";
import {
  backspaceAtAnswerStart,
  backspaceAtQuestionStart,
  deleteAtQuestionEnd,
  enterAtAnswerEnd,
  enterInQuestion,
} from "@/editor/faq-entry-commands";

/** Runs the first of `commands` that applies, as one transaction (one undo step). */
function runFirst(editor: Editor, ...commands: ((tr: Transaction) => boolean)[]): boolean {
  for (const command of commands) {
    const tr = editor.state.tr;
    if (command(tr)) {
      editor.view.dispatch(tr);
      return true;
    }
  }
  return false;
}

/**
 * Enter and Backspace inside FAQ entries (editor/faq-entry-commands.ts says
 * what each does and why). Before the default keys and lists, which would
 * otherwise split a question in two or merge an answer into its question.
 */
export const FaqEntryKeys = Extension.create({
  name: "faqEntryKeys",
  priority: 1000,

  addKeyboardShortcuts() {
    return {
      Enter: ({ editor }) => runFirst(editor, enterInQuestion, enterAtAnswerEnd),
      Backspace: ({ editor }) => runFirst(editor, backspaceAtQuestionStart, backspaceAtAnswerStart),
      Delete: ({ editor }) => runFirst(editor, deleteAtQuestionEnd),
    };
  },
});
