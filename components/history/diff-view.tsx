"use client";

import { useState } from "react";
import { ChevronsUpDownIcon } from "lucide-react";
import { cn } from "@/lib/utils";
import { foldUnchanged, type DiffBlock, type DiffSpan } from "@/lib/version-diff";

/** One run of text: kept as is, inserted, or deleted. Text only: React escapes it. */
function Span({ span }: { span: DiffSpan }) {
  if (span.change === "added")
    return (
      <ins className="rounded-sm bg-emerald-100 px-0.5 text-emerald-950 no-underline dark:bg-emerald-900/50 dark:text-emerald-50">
        {span.text}
      </ins>
    );
  if (span.change === "removed")
    return (
      <del className="rounded-sm bg-red-100 px-0.5 text-red-950 decoration-red-700 dark:bg-red-900/40 dark:text-red-50">
        {span.text}
      </del>
    );
  return <>{span.text}</>;
}

const BLOCK_MARK: Record<DiffBlock["kind"], string> = {
  same: "border-transparent",
  changed: "border-amber-400",
  added: "border-emerald-500",
  removed: "border-red-400",
};

const BLOCK_NAME: Record<DiffBlock["kind"], string | undefined> = {
  same: undefined,
  changed: "Changed",
  added: "Added since",
  removed: "Removed since",
};

function Block({ block }: { block: DiffBlock }) {
  return (
    <div
      data-change={block.kind}
      aria-label={BLOCK_NAME[block.kind]}
      className={cn(
        "border-l-2 pl-3 whitespace-pre-wrap",
        BLOCK_MARK[block.kind],
        block.type === "heading" && "font-semibold",
        block.type === "heading" && block.level === 1 && "text-lg",
        block.kind === "removed" && "opacity-80",
      )}
    >
      {block.spans.length ? (
        block.spans.map((span, at) => <Span key={at} span={span} />)
      ) : (
        <span className="text-muted-foreground">(empty)</span>
      )}
    </div>
  );
}

/** Unchanged blocks folded away, until asked for. */
function Folded({ blocks }: { blocks: readonly DiffBlock[] }) {
  const [open, setOpen] = useState(false);
  if (open) return blocks.map((block, index) => <Block key={index} block={block} />);
  return (
    <button
      type="button"
      onClick={() => setOpen(true)}
      className="flex items-center gap-1.5 rounded-md border border-dashed px-3 py-1 text-left text-xs text-muted-foreground hover:bg-accent"
    >
      <ChevronsUpDownIcon className="size-3.5" aria-hidden />
      {blocks.length} unchanged {blocks.length === 1 ? "block" : "blocks"}
    </button>
  );
}

/**
 * A version compared with the current text, read-only: each block in
 * reading order, marked in the margin when it differs, with inserted words
 * highlighted and deleted ones struck through; long unchanged stretches are
 * folded.
 */
export function DiffView({ blocks }: { blocks: readonly DiffBlock[] }) {
  const items = foldUnchanged(blocks);
  if (items.length === 0) return <p className="text-sm text-muted-foreground">Both are empty.</p>;
  return (
    <div className="grid gap-2 text-sm leading-relaxed" data-testid="version-diff">
      {items.map((item, index) =>
        item.kind === "folded" ? (
          <Folded key={index} blocks={item.blocks} />
        ) : (
          <Block key={index} block={item.block} />
        ),
      )}
    </div>
  );
}
