"use client";

import { useCallback, useState, type ComponentType } from "react";
import type { Editor } from "@tiptap/core";
import { NodeSelection } from "@tiptap/pm/state";
import { useEditorState } from "@tiptap/react";
import {
  BoldIcon,
  CodeIcon,
  Heading2Icon,
  ItalicIcon,
  LinkIcon,
  MessageSquarePlusIcon,
  StrikethroughIcon,
} from "lucide-react";
import { cn } from "@/lib/utils";
import { LinkForm } from "./link-form";
import type { MenuSlot } from "./menu-slot";
import { MenuSlotContent } from "./menu-slot-content";

type Shown = { editor: Editor; from: number; to: number };

/** Text is selected (not a node: an image has its own menu). */
function textSelected({ editor, from, to }: Shown): boolean {
  if (from === to || editor.state.selection instanceof NodeSelection) return false;
  return editor.state.doc.textBetween(from, to).trim().length > 0;
}

/** Somewhere marks make sense, in a document this person may change. */
function canFormat(editor: Editor): boolean {
  return editor.isEditable && !editor.isActive("codeBlock");
}

type Active = {
  bold: boolean;
  italic: boolean;
  strike: boolean;
  code: boolean;
  link: boolean;
  heading: boolean;
  href: string;
  inFigure: boolean;
  /** The formatting buttons apply (see canFormat). */
  format: boolean;
};

/** What the menu shows while there is no selection (when it is hidden). */
const NOTHING_SELECTED: Active = {
  bold: false,
  italic: false,
  strike: false,
  code: false,
  link: false,
  heading: false,
  href: "",
  inFigure: false,
  format: false,
};

type Props = {
  editor: Editor;
  /** Where the menu is shown, made with the editor (see menu-slot.ts). */
  slot: MenuSlot;
  /**
   * Starts a comment on the selected text; absent for people who may not
   * comment. Offered in read-only documents too: reviewers comment on text
   * they cannot change.
   */
  onComment?: () => void;
};

/** Bold, italic, strike, code, link and heading for the selected text, and "Comment". */
export function SelectionMenu({ editor, slot, onComment }: Props) {
  const [editingLink, setEditingLink] = useState(false);
  const onHide = useCallback(() => setEditingLink(false), []);
  const commentable = Boolean(onComment);
  const shouldShow = useCallback(
    (shown: Shown) => textSelected(shown) && (commentable || canFormat(shown.editor)),
    [commentable],
  );
  const active = useEditorState({
    editor,
    // Runs after every transaction (each keystroke, each co-editor's): the
    // marks only matter while text is selected, which is when the menu shows.
    selector: ({ editor: current }): Active =>
      current.state.selection.empty
        ? NOTHING_SELECTED
        : {
            bold: current.isActive("bold"),
            italic: current.isActive("italic"),
            strike: current.isActive("strike"),
            code: current.isActive("code"),
            link: current.isActive("link"),
            heading: current.isActive("heading", { level: 2 }),
            href: (current.getAttributes("link").href as string | undefined) ?? "",
            inFigure: current.isActive("figure"),
            format: canFormat(current),
          },
  });

  const closeLink = () => {
    setEditingLink(false);
    editor.commands.focus();
  };

  return (
    <MenuSlotContent slot={slot} shouldShow={shouldShow} onHide={onHide}>
      {editingLink ? (
        <LinkForm
          initialHref={active.href}
          onApply={(href) => {
            editor.chain().focus().extendMarkRange("link").setLink({ href }).run();
            setEditingLink(false);
          }}
          onRemove={() => {
            editor.chain().focus().extendMarkRange("link").unsetLink().run();
            setEditingLink(false);
          }}
          onCancel={closeLink}
        />
      ) : (
        <div
          role="toolbar"
          aria-label={active.format ? "Format text" : "Selected text"}
          className="flex items-center gap-0.5 p-1"
        >
          {onComment ? (
            <>
              <button
                type="button"
                // Keep the text selected while clicking.
                onMouseDown={(event) => event.preventDefault()}
                onClick={onComment}
                className="flex h-8 items-center gap-1.5 rounded-md px-2 text-sm font-medium text-foreground transition-colors outline-none hover:bg-accent hover:text-accent-foreground focus-visible:ring-2 focus-visible:ring-ring/50"
              >
                <MessageSquarePlusIcon className="size-4" aria-hidden /> Comment
              </button>
              {active.format ? <span className="mx-0.5 h-5 w-px bg-border" aria-hidden /> : null}
            </>
          ) : null}
          {active.format ? (
            <FormatButtons editor={editor} active={active} onLink={() => setEditingLink(true)} />
          ) : null}
        </div>
      )}
    </MenuSlotContent>
  );
}

/** The formatting half of the menu, for people who may change the document. */
function FormatButtons({
  editor,
  active,
  onLink,
}: {
  editor: Editor;
  active: Active;
  onLink: () => void;
}) {
  return (
    <>
      <MarkButton
        label="Bold"
        shortcut="Ctrl+B"
        icon={BoldIcon}
        active={active.bold}
        onClick={() => editor.chain().focus().toggleBold().run()}
      />
      <MarkButton
        label="Italic"
        shortcut="Ctrl+I"
        icon={ItalicIcon}
        active={active.italic}
        onClick={() => editor.chain().focus().toggleItalic().run()}
      />
      <MarkButton
        label="Strikethrough"
        shortcut="Ctrl+Shift+S"
        icon={StrikethroughIcon}
        active={active.strike}
        onClick={() => editor.chain().focus().toggleStrike().run()}
      />
      {active.inFigure ? null : (
        <MarkButton
          label="Code"
          shortcut="Ctrl+E"
          icon={CodeIcon}
          active={active.code}
          onClick={() => editor.chain().focus().toggleCode().run()}
        />
      )}
      <MarkButton
        label={active.link ? "Edit link" : "Link"}
        icon={LinkIcon}
        active={active.link}
        onClick={onLink}
      />
      {active.inFigure ? null : (
        <>
          <span className="mx-0.5 h-5 w-px bg-border" aria-hidden />
          <MarkButton
            label="Heading"
            icon={Heading2Icon}
            active={active.heading}
            onClick={() => editor.chain().focus().toggleHeading({ level: 2 }).run()}
          />
        </>
      )}
    </>
  );
}

type MarkButtonProps = {
  label: string;
  shortcut?: string;
  icon: ComponentType<{ className?: string }>;
  active: boolean;
  onClick: () => void;
};

function MarkButton({ label, shortcut, icon: Icon, active, onClick }: MarkButtonProps) {
  return (
    <button
      type="button"
      aria-label={label}
      aria-pressed={active}
      title={shortcut ? `${label} (${shortcut})` : label}
      // Keep the text selected while clicking.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
      className={cn(
        "grid size-8 place-items-center rounded-md text-muted-foreground transition-colors outline-none hover:bg-accent hover:text-accent-foreground focus-visible:ring-2 focus-visible:ring-ring/50",
        active && "bg-accent text-primary",
      )}
    >
      <Icon className="size-4" />
    </button>
  );
}
