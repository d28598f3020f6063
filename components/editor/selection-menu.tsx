"use client";

import { useState, type ComponentType } from "react";
import type { Editor } from "@tiptap/core";
import { NodeSelection } from "@tiptap/pm/state";
import { useEditorState } from "@tiptap/react";
import { BubbleMenu } from "@tiptap/react/menus";
import {
  BoldIcon,
  CodeIcon,
  Heading2Icon,
  ItalicIcon,
  LinkIcon,
  StrikethroughIcon,
} from "lucide-react";
import { cn } from "@/lib/utils";
import { LinkForm } from "./link-form";

type Shown = { editor: Editor; from: number; to: number };

/** Text is selected, somewhere marks make sense. */
function shouldShow({ editor, from, to }: Shown): boolean {
  if (!editor.isEditable || from === to) return false;
  const { selection } = editor.state;
  if (selection instanceof NodeSelection) return false;
  if (editor.isActive("codeBlock")) return false;
  return editor.state.doc.textBetween(from, to).trim().length > 0;
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
};

/** Bold, italic, strike, code, link and heading for the selected text. */
export function SelectionMenu({ editor }: { editor: Editor }) {
  const [editingLink, setEditingLink] = useState(false);
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
          },
  });

  const closeLink = () => {
    setEditingLink(false);
    editor.commands.focus();
  };

  return (
    <BubbleMenu
      editor={editor}
      shouldShow={shouldShow}
      options={{ placement: "top", offset: 8, onHide: () => setEditingLink(false) }}
      className="z-40 rounded-lg border bg-popover text-popover-foreground shadow-lg"
    >
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
        <div role="toolbar" aria-label="Format text" className="flex items-center gap-0.5 p-1">
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
            onClick={() => setEditingLink(true)}
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
        </div>
      )}
    </BubbleMenu>
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
