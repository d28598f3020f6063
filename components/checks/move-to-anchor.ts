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
 */
export function moveToAnchor(editor: Editor, anchor: Exclude<CheckAnchor, { kind: "customer" }>) {
  const { doc } = editor.state;
  let chain = editor.chain().focus(undefined, { scrollIntoView: false });
  if (anchor.kind === "end") {
    chain = chain.command(({ tr }) => {
      tr.setSelection(Selection.atEnd(tr.doc));
      return true;
    });
  } else if (anchor.kind === "block") {
    const start = blockStart(editor, anchor.index);
    const node = doc.maybeChild(anchor.index);
    const end = node ? start + node.nodeSize - 1 : doc.content.size;
    chain = chain.command(({ tr }) => {
      tr.setSelection(Selection.near(tr.doc.resolve(end), -1));
      return true;
    });
  } else {
    const pos = blockStart(editor, anchor.index + 1);
    const next = doc.maybeChild(anchor.index + 1);
    const writable = next && next.type.name !== "heading";
    if (!writable && editor.isEditable) {
      chain = chain.insertContentAt(pos, { type: "paragraph" }).command(({ tr }) => {
        tr.setSelection(TextSelection.create(tr.doc, pos + 1));
        return true;
      });
    } else {
      chain = chain.command(({ tr }) => {
        tr.setSelection(Selection.near(tr.doc.resolve(Math.min(pos + 1, tr.doc.content.size))));
        return true;
      });
    }
  }
  chain.scrollIntoView().run();
}
