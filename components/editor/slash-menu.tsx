"use client";

import { useEffect, useRef } from "react";
import { cn } from "@/lib/utils";
import type { SlashItem } from "./slash-items";

export type SlashMenuProps = {
  items: SlashItem[];
  selected: number;
  onSelect: (item: SlashItem) => void;
};

/**
 * The list the slash command shows. Focus stays in the editor (keys are
 * handled by the suggestion plugin); the active option is marked aria-selected.
 */
export function SlashMenu({ items, selected, onSelect }: SlashMenuProps) {
  const list = useRef<HTMLDivElement>(null);

  useEffect(() => {
    list.current
      ?.querySelector<HTMLElement>(`[data-index="${selected}"]`)
      ?.scrollIntoView({ block: "nearest" });
  }, [selected]);

  return (
    <div
      ref={list}
      role="listbox"
      aria-label="Insert a block"
      className="max-h-80 w-72 overflow-y-auto rounded-lg border bg-popover p-1 text-popover-foreground shadow-lg"
    >
      {items.length === 0 ? (
        <p className="px-2 py-1.5 text-sm text-muted-foreground">No matching blocks</p>
      ) : (
        items.map((item, index) => (
          <button
            key={item.id}
            type="button"
            role="option"
            aria-selected={index === selected}
            data-index={index}
            // Keep the editor's selection: the command runs where the slash was typed.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onSelect(item)}
            className={cn(
              "flex w-full items-center gap-3 rounded-md px-2 py-1.5 text-left text-sm outline-none",
              index === selected ? "bg-accent text-accent-foreground" : "hover:bg-accent/60",
            )}
          >
            <span className="grid size-8 shrink-0 place-items-center rounded-md border bg-background">
              <item.icon className="size-4" aria-hidden />
            </span>
            <span className="min-w-0">
              <span className="block font-medium">{item.title}</span>
              <span className="block truncate text-xs text-muted-foreground">
                {item.description}
              </span>
            </span>
          </button>
        ))
      )}
    </div>
  );
}
