"use client";

import { useEffect, useRef } from "react";
import type { Editor } from "@tiptap/core";
import { EditorContent, useEditor } from "@tiptap/react";
import type { HocuspocusProvider } from "@hocuspocus/provider";
import type * as Y from "yjs";
import type { Stage } from "@/lib/stages";
import { browserExtensions } from "./browser-extensions";
import { SelectionMenu } from "./selection-menu";
import type { PresenceUser } from "./caret";
import { markLoad } from "./load-marks";

type Props = {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  sectionId: string;
  stage: Stage;
  /** The stage's name: the text box is "<label> text" to assistive technology (and e2e tests). */
  label: string;
  user: PresenceUser;
  editable: boolean;
  onReady: (editor: Editor | null) => void;
};

/** The editor itself, created once the document has synced, with its selection menu. */
export function EditorSurface({
  doc,
  provider,
  sectionId,
  stage,
  label,
  user,
  editable,
  onReady,
}: Props) {
  // ProseMirror re-reads `attributes` on every update; the ref lets it see the latest decision.
  const editableRef = useRef(editable);

  const editor = useEditor(
    {
      extensions: browserExtensions({ doc, provider, user, stage, sectionId }),
      // Passed on every render, so the editor never drifts from what the server allows.
      editable,
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: () => ({
          class: "foreword-prose",
          role: "textbox",
          "aria-multiline": "true",
          "aria-label": `${label} text`,
          ...(editableRef.current ? {} : { "aria-readonly": "true" }),
        }),
      },
    },
    [doc, provider],
  );

  useEffect(() => {
    editableRef.current = editable;
    if (editor.isEditable !== editable) editor.setEditable(editable, false);
    else editor.view.updateState(editor.state); // refresh aria-readonly
  }, [editor, editable]);

  useEffect(() => {
    markLoad("editor-created");
    onReady(editor);
    return () => onReady(null);
  }, [editor, onReady]);

  return (
    <div className="editor-surface relative">
      <EditorContent editor={editor} />
      <SelectionMenu editor={editor} />
    </div>
  );
}
