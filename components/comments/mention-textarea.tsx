"use client";

import { useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { Textarea } from "@/components/ui/textarea";
import { UserAvatar } from "@/components/app-shell/user-avatar";
import { cn } from "@/lib/utils";
import {
  insertMention,
  matchesMentionQuery,
  mentionQueryAt,
  type Draft,
} from "@/lib/comments/mentions";
import type { MentionableMember } from "@/lib/comments/types";

/** Most people the autocomplete lists at once; typing narrows it. */
const SHOWN_MAX = 6;

type Props = {
  value: Draft;
  onChange: (draft: Draft) => void;
  /** Called on Ctrl/Cmd+Enter. */
  onSubmit: () => void;
  onCancel?: () => void;
  members: readonly MentionableMember[];
  label: string;
  placeholder?: string;
  autoFocus?: boolean;
  invalid?: boolean;
  describedBy?: string;
};

/**
 * A plain-text box where "@" starts a mention: a list of the workspace's
 * members who can read drafts, narrowed by name or email as you type,
 * chosen with the arrow keys and Enter (or a click), closed with Escape.
 * A combobox with a listbox in ARIA terms, so screen readers announce it.
 */
export function MentionTextarea({
  value,
  onChange,
  onSubmit,
  onCancel,
  members,
  label,
  placeholder,
  autoFocus,
  invalid,
  describedBy,
}: Props) {
  const listId = useId();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [query, setQuery] = useState<{ start: number; caret: number; text: string } | null>(null);
  const [highlighted, setHighlighted] = useState(0);
  // Where the caret goes once a chosen mention is in the box: placed as soon
  // as React has written the new text, before the next key is handled, so
  // fast typing after Enter lands after the name, not before it.
  const caretAfterMention = useRef<number | null>(null);
  useLayoutEffect(() => {
    const caret = caretAfterMention.current;
    if (caret === null || !textarea.current) return;
    caretAfterMention.current = null;
    textarea.current.setSelectionRange(caret, caret);
  });

  const matches = useMemo(
    () =>
      query
        ? members.filter((member) => matchesMentionQuery(member, query.text)).slice(0, SHOWN_MAX)
        : [],
    [members, query],
  );
  const open = query !== null && matches.length > 0;

  const follow = (element: HTMLTextAreaElement) => {
    const caret = element.selectionStart;
    const chosen = value.mentions.map((mention) => mention.name);
    const found =
      element.selectionStart === element.selectionEnd
        ? mentionQueryAt(element.value, caret, chosen)
        : null;
    setQuery(found ? { start: found.start, caret, text: found.query } : null);
    setHighlighted(0);
  };

  const choose = (member: MentionableMember) => {
    if (!query) return;
    const next = insertMention(value.text, query, member.name);
    const mentions = value.mentions.some((mention) => mention.userId === member.id)
      ? value.mentions
      : [...value.mentions, { userId: member.id, name: member.name }];
    caretAfterMention.current = next.caret;
    onChange({ text: next.text, mentions });
    setQuery(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (open) {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        const step = event.key === "ArrowDown" ? 1 : -1;
        setHighlighted((highlighted + step + matches.length) % matches.length);
        return;
      }
      // Ctrl/⌘+Enter always sends, list open or not.
      const plainEnter = event.key === "Enter" && !event.metaKey && !event.ctrlKey;
      if (plainEnter || event.key === "Tab") {
        const member = matches[highlighted];
        if (member) {
          event.preventDefault();
          choose(member);
          return;
        }
      }
      if (event.key === "Escape") {
        event.preventDefault();
        setQuery(null);
        return;
      }
    }
    if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) {
      event.preventDefault();
      onSubmit();
    } else if (event.key === "Escape" && onCancel) {
      event.preventDefault();
      onCancel();
    }
  };

  const optionId = (index: number) => `${listId}-option-${index}`;
  return (
    <div className="relative">
      <Textarea
        ref={textarea}
        role="combobox"
        aria-label={label}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        aria-activedescendant={open ? optionId(highlighted) : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        autoFocus={autoFocus}
        placeholder={placeholder}
        value={value.text}
        rows={2}
        className="max-h-60 min-h-16 resize-none bg-background text-sm"
        onChange={(event) => {
          onChange({ ...value, text: event.target.value });
          follow(event.target);
        }}
        onSelect={(event) => follow(event.currentTarget)}
        onKeyDown={onKeyDown}
        onBlur={() => setQuery(null)}
      />
      {open ? (
        <ul
          id={listId}
          role="listbox"
          aria-label="People to mention"
          className="absolute inset-x-0 top-full z-50 mt-1 max-h-64 overflow-y-auto rounded-md border bg-popover p-1 text-popover-foreground shadow-md"
        >
          {matches.map((member, index) => (
            <li
              key={member.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === highlighted}
              // Chosen on mousedown, before the textarea's blur closes the list.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(member);
              }}
              onMouseEnter={() => setHighlighted(index)}
              className={cn(
                "flex cursor-pointer items-center gap-2 rounded-sm px-2 py-1.5 text-sm",
                index === highlighted && "bg-accent text-accent-foreground",
              )}
            >
              <UserAvatar name={member.name} className="size-6" />
              <span className="min-w-0">
                <span className="block truncate font-medium">{member.name}</span>
                <span className="block truncate text-xs text-muted-foreground">{member.email}</span>
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
