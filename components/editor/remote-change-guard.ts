import { Extension } from "@tiptap/core";
import { isChangeOrigin } from "@tiptap/extension-collaboration";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { skipTrailingNodeMeta } from "@tiptap/extensions";

/**
 * StarterKit's trailing node appends an empty paragraph after any change
 * that leaves the document ending in something else. Reacting to a change
 * that came from Yjs (loading, or someone else's edit) would make every open
 * tab append its own paragraph: duplicates for writers, and for read-only
 * tabs a change the server drops, leaving them "unsynced" forever. Only
 * this person's own edits may trigger it.
 */
export const RemoteChangeGuard = Extension.create({
  name: "remoteChangeGuard",

  addProseMirrorPlugins() {
    const editor = this.editor;
    return [
      new Plugin({
        key: new PluginKey("remoteChangeGuard"),
        filterTransaction: (tr) => {
          if (isChangeOrigin(tr) || !editor.isEditable) tr.setMeta(skipTrailingNodeMeta, true);
          return true;
        },
      }),
    ];
  },
});
