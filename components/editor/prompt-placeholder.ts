import { Placeholder } from "@tiptap/extensions";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { promptFor } from "@/editor/templates";
import type { Stage } from "@/lib/stages";

/** The text of the last heading before the top-level block at `pos` (also used by faq-placeholder.ts). */
export function headingAbove(doc: ProseMirrorNode, pos: number): string | undefined {
  if (pos < 0 || pos > doc.content.size) return undefined;
  const index = doc.resolve(pos).index(0);
  for (let i = index - 1; i >= 0; i--) {
    const node = doc.child(i);
    if (node.type.name === "heading") return node.textContent;
  }
  return undefined;
}

/**
 * The template's guidance, shown and never stored: every empty paragraph
 * under a template heading shows that heading's prompt, all at once, so the
 * whole shape of the stage is visible. Anywhere else "Write…" appears only
 * where the cursor is. Empty captions and headings say what they are for.
 */
export function promptPlaceholder(stage: Stage) {
  // Placeholder's callbacks get a position but not the document it is in,
  // and editor.state is still the previous state while a transaction is
  // applied. A plugin ordered before Placeholder's keeps that document.
  let doc: ProseMirrorNode | undefined;
  const documentBeingDecorated = new Plugin({
    key: new PluginKey("promptPlaceholderDocument"),
    state: {
      init: (_config, state) => {
        doc = state.doc;
        return null;
      },
      apply: (tr) => {
        doc = tr.doc;
        return null;
      },
    },
  });

  const promptAt = (node: ProseMirrorNode, pos: number) =>
    node.type.name === "paragraph" && doc ? promptFor(stage, headingAbove(doc, pos)) : undefined;

  return Placeholder.extend({
    addProseMirrorPlugins() {
      return [documentBeingDecorated, ...(this.parent?.() ?? [])];
    },
  }).configure({
    showOnlyCurrent: false,
    includeChildren: false,
    placeholder: ({ node, pos }) => {
      if (node.type.name === "heading") return "Heading";
      if (node.type.name === "figure") return "Add a caption";
      return promptAt(node, pos) ?? "Write…";
    },
    emptyNodeClass: ({ node, pos, hasAnchor }) => {
      const classes = ["is-empty"];
      if (promptAt(node, pos)) classes.push("has-prompt");
      if (hasAnchor) classes.push("has-anchor");
      return classes.join(" ");
    },
  });
}
