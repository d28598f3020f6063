import { Extension } from "@tiptap/core";
import { Plugin, PluginKey, TextSelection, type EditorState } from "@tiptap/pm/state";

/** What of a keypress decides whether it types a character. */
export type KeyPress = Pick<
  KeyboardEvent,
  "charCode" | "ctrlKey" | "altKey" | "metaKey" | "isComposing"
>;

/**
 * The character a keypress types into an empty paragraph or heading at the
 * cursor, or null when the browser should insert it as usual: a block that
 * already holds text, a selection, a shortcut, Enter, or a composition
 * (an input method writes through composition events, never keypress).
 */
export function firstCharacter(state: EditorState, event: KeyPress): string | null {
  if (event.isComposing || !event.charCode || event.metaKey) return null;
  // Ctrl is a shortcut, except as AltGr (Ctrl+Alt) on Windows, which types characters.
  if (event.ctrlKey && !event.altKey) return null;
  const text = String.fromCharCode(event.charCode);
  if (/[\r\n]/.test(text)) return null;
  const { selection } = state;
  if (!(selection instanceof TextSelection) || !selection.empty) return null;
  const block = selection.$from.parent;
  return block.isTextblock && block.content.size === 0 ? text : null;
}

/**
 * Types the first character of an empty block through ProseMirror instead of
 * letting the browser insert it.
 *
 * An empty block shows its prompt with ::before and ::after (app/globals.css).
 * Typing its first character, Chromium sometimes leaves the caret in front of
 * that character; ProseMirror reads the caret from the page and believes it,
 * so the rest of the word goes before the first letter ("ore to come.M").
 * It happened about once in fifteen new lines typed quickly on a busy
 * two-core machine. As a transaction, ProseMirror places the character and
 * the caret itself. Input rules still see the character (handleTextInput,
 * as ProseMirror does for the keypresses it handles itself), marks chosen
 * before typing still apply, and every later character of the block is the
 * browser's again.
 */
export const FirstCharacter = Extension.create({
  name: "firstCharacter",

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey("firstCharacter"),
        props: {
          handleKeyPress(view, event) {
            if (!view.editable || view.composing) return false;
            const text = firstCharacter(view.state, event);
            if (text === null) return false;
            const { from, to } = view.state.selection;
            const typed = () => view.state.tr.insertText(text).scrollIntoView();
            const handled = view.someProp("handleTextInput", (handle) =>
              handle(view, from, to, text, typed),
            );
            if (!handled) view.dispatch(typed());
            return true;
          },
        },
      }),
    ];
  },
});
