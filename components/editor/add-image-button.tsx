"use client";

import type { Editor } from "@tiptap/core";
import { ImagePlusIcon } from "lucide-react";
import { Button } from "@/components/ui/button";

/**
 * Where a picked image goes: the empty line the cursor is on, or else below
 * the block the cursor is in, so an image never splits a heading or a
 * sentence in two.
 */
function insertionPoint(editor: Editor): number {
  const { $from } = editor.state.selection;
  if ($from.depth === 0) return $from.pos;
  const block = $from.node(1);
  const emptyLine = block.type.name === "paragraph" && block.content.size === 0;
  return emptyLine ? $from.pos : $from.after(1);
}

/**
 * "Add image", in view above the editor: the same upload as paste, drop and
 * "/" → Image, for people who look for a button (a new user did not find
 * the menu item).
 */
export function AddImageButton({ editor }: { editor: Editor | null }) {
  return (
    <Button
      size="sm"
      variant="outline"
      disabled={!editor}
      onClick={() => {
        if (!editor) return;
        editor.chain().focus().pickImages(insertionPoint(editor)).run();
      }}
    >
      <ImagePlusIcon /> Add image
    </Button>
  );
}
