"use client";

import { useCallback, useState } from "react";
import type { Editor } from "@tiptap/core";
import { useEditorState } from "@tiptap/react";
import { TextQuoteIcon } from "lucide-react";
import { cn } from "@/lib/utils";
import { AltTextForm } from "./alt-text-form";
import { selectedFigure, setFigureAlt } from "./figure-alt";
import type { MenuBehaviour, MenuSlot } from "./menu-slot";
import { MenuSlotContent } from "./menu-slot-content";

const shouldShow: MenuBehaviour["shouldShow"] = ({ editor, state }) =>
  editor.isEditable && selectedFigure(state) !== undefined;

/**
 * Shown on a figure (selected, or with the cursor in its caption): its alt
 * text, which screen readers read instead of the image. Set here and stored
 * on the figure, so every collaborator and reader gets it.
 */
export function FigureMenu({ editor, slot }: { editor: Editor; slot: MenuSlot }) {
  const [editing, setEditing] = useState(false);
  const onHide = useCallback(() => setEditing(false), []);
  const figure = useEditorState({
    editor,
    selector: ({ editor: current }) => {
      const found = selectedFigure(current.state);
      return found ? { pos: found.pos, alt: found.alt } : null;
    },
    equalityFn: (a, b) => a?.pos === b?.pos && a?.alt === b?.alt,
  });

  const close = () => {
    setEditing(false);
    editor.commands.focus();
  };

  return (
    <MenuSlotContent slot={slot} shouldShow={shouldShow} onHide={onHide}>
      {editing && figure ? (
        <AltTextForm
          initialAlt={figure.alt}
          onSave={(alt) => {
            editor
              .chain()
              .focus()
              .command(({ tr }) => setFigureAlt(tr, figure.pos, alt))
              .run();
            setEditing(false);
          }}
          onCancel={close}
        />
      ) : (
        <div role="toolbar" aria-label="Image" className="flex items-center gap-1 p-1">
          <button
            type="button"
            title={figure?.alt ? `Alt text: ${figure.alt}` : "No alt text yet"}
            // Keep the selection on the figure while clicking.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => setEditing(true)}
            className={cn(
              "flex h-8 items-center gap-1.5 rounded-md px-2 text-sm text-muted-foreground transition-colors outline-none hover:bg-accent hover:text-accent-foreground focus-visible:ring-2 focus-visible:ring-ring/50",
              !figure?.alt && "text-amber-700 dark:text-amber-400",
            )}
          >
            <TextQuoteIcon className="size-4" />
            Alt text
            <span className="sr-only">{figure?.alt ? "(set)" : "(missing)"}</span>
          </button>
        </div>
      )}
    </MenuSlotContent>
  );
}
