import type { Editor } from "@tiptap/core";
import { Selection, TextSelection } from "@tiptap/pm/state";
import type { CheckAnchor } from "@/lib/checks";

/** The document position where top-level block `index` starts (the end, past the last). */
function blockStart(editor: Editor, index: number): number {
  const { doc } = editor.state;
  let pos = 0;
  for (let i = 0; i < Math.min(index, doc.childCount); i++) pos += doc.child(i).nodeSize;
  return pos;
}

/**
 * Puts the cursor where a missing part belongs and scrolls it into view: at
 * the end of a block that needs more, on the line under a heading whose part
 * is empty (adding that line when the heading is directly followed by
 * another, and the person may write), or at the end of the document.
 *
 * The editor is focused synchronously (Tiptap's `focus` command waits for
 * the next frame): whatever the person types right after clicking the
 * checklist item must land in the document, not on the button.
 */
export function moveToAnchor(editor: Editor, anchor: Exclude<CheckAnchor, { kind: "customer" }>) {
  const { state } = editor;
  const tr = state.tr;
  if (anchor.kind === "end") {
    tr.setSelection(Selection.atEnd(tr.doc));
  } else if (anchor.kind === "block") {
    const node = tr.doc.maybeChild(anchor.index);
    const end = node ? blockStart(editor, anchor.index) + node.nodeSize - 1 : tr.doc.content.size;
    tr.setSelection(Selection.near(tr.doc.resolve(end), -1));
  } else {
    const pos = blockStart(editor, anchor.index + 1);
    const next = tr.doc.maybeChild(anchor.index + 1);
    const paragraph = state.schema.nodes.paragraph;
    if (paragraph && (!next || next.type.name === "heading") && editor.isEditable) {
      tr.insert(pos, paragraph.create());
      tr.setSelection(TextSelection.create(tr.doc, pos + 1));
    } else {
      tr.setSelection(Selection.near(tr.doc.resolve(Math.min(pos + 1, tr.doc.content.size))));
    }
  }
  editor.view.dispatch(tr.scrollIntoView());
  editor.view.focus();
}
