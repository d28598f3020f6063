"use client";

import { memo, useEffect, useMemo, useRef, useState } from "react";
import type { Editor } from "@tiptap/core";
import { EditorContent, useEditor } from "@tiptap/react";
import type { HocuspocusProvider } from "@hocuspocus/provider";
import type * as Y from "yjs";
import type { Stage } from "@/lib/stages";
import { browserExtensions } from "./browser-extensions";
import { SelectionMenu } from "./selection-menu";
import { FigureMenu } from "./figure-menu";
import type { PresenceUser } from "./caret";
import { markLoad } from "./load-marks";
import { createMenuSlot } from "./menu-slot";

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
  /** Starts a comment on the selected text (see SelectionMenu); keep it stable across renders. */
  onComment?: () => void;
};

/**
 * The editor itself, created once the document has synced, with its
 * selection and figure menus. Memoised, and its options kept stable between renders:
 * useEditor compares the options it gets on every render with the editor's,
 * and any difference (a new extension array, a new editorProps object) makes
 * it call editor.setOptions, which re-applies the props and updates the whole
 * view. A render of the header above (status, presence) must not do that.
 */
export const EditorSurface = memo(function EditorSurface({
  doc,
  provider,
  sectionId,
  stage,
  label,
  user,
  editable,
  onReady,
  onComment,
}: Props) {
  // ProseMirror re-reads `attributes` on every update; the ref lets it see the latest decision.
  const editableRef = useRef(editable);

  // Made before the editor, which is created with the menus' plugins (menu-slot.ts says why);
  // an editor made again for a new document shows its menus in the same slots.
  const [menus] = useState(() => ({ selection: createMenuSlot(), figure: createMenuSlot() }));
  const extensions = useMemo(
    () => browserExtensions({ doc, provider, user, stage, sectionId, menus }),
    [doc, provider, user, stage, sectionId, menus],
  );
  const editorProps = useMemo(
    () => ({
      attributes: () => ({
        class: "foreword-prose",
        role: "textbox",
        "aria-multiline": "true",
        "aria-label": `${label} text`,
        ...(editableRef.current ? {} : { "aria-readonly": "true" }),
      }),
    }),
    [label],
  );

  const editor = useEditor(
    {
      extensions,
      // Passed on every render, so the editor never drifts from what the server allows.
      editable,
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps,
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
      <SelectionMenu editor={editor} slot={menus.selection} onComment={onComment} />
      <FigureMenu editor={editor} slot={menus.figure} />
    </div>
  );
});
