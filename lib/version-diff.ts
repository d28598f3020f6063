/**
 * The differences between two saved states of a section, from their editor
 * JSON: jsdiff (`diff`) compares the sequence of blocks, then the words
 * inside each block that changed. Pure text out: the history renders it as
 * text, so nothing a document holds becomes markup.
 */
import { diffArrays, diffWords } from "diff";
import type { JSONContent } from "@tiptap/core";

/** A run of text, as it is in both states, or only in the older (removed) or the newer (added). */
export type DiffSpan = { text: string; change: "same" | "added" | "removed" };

/**
 * One block of the document: the same in both, only in one, or changed
 * (its words compared). `type` is the editor node's name (paragraph,
 * heading…), `level` a heading's.
 */
export type DiffBlock = {
  kind: "same" | "added" | "removed" | "changed";
  type: string;
  level?: number;
  spans: DiffSpan[];
};

type Block = { type: string; level?: number; text: string };

/** The readable text of a node: its text leaves, a line per nested block, images by their caption. */
function textOf(node: JSONContent): string {
  if (node.type === "text") return node.text ?? "";
  if (node.type === "hardBreak") return "\n";
  const children = node.content ?? [];
  const nested = children.some((child) => child.type !== "text" && child.type !== "hardBreak");
  const text = children.map(textOf).join(nested ? "\n" : "");
  return node.type === "figure" || node.type === "image" ? `[Image] ${text}`.trim() : text;
}

/** The document's top-level blocks, each with its text. */
export function blocksOf(document: JSONContent | null | undefined): Block[] {
  return (document?.content ?? []).map((node) => {
    const level = node.type === "heading" ? Number(node.attrs?.level) || undefined : undefined;
    return { type: node.type ?? "paragraph", level, text: textOf(node) };
  });
}

const sameBlock = (a: Block, b: Block) => a.type === b.type && a.text === b.text;

function whole(block: Block, kind: "same" | "added" | "removed"): DiffBlock {
  return {
    kind,
    type: block.type,
    level: block.level,
    spans: block.text ? [{ text: block.text, change: kind }] : [],
  };
}

function changed(before: Block, after: Block): DiffBlock {
  const spans = diffWords(before.text, after.text).map((part): DiffSpan => ({
    text: part.value,
    change: part.added ? "added" : part.removed ? "removed" : "same",
  }));
  return { kind: "changed", type: after.type, level: after.level, spans };
}

/**
 * How `after` differs from `before`, block by block in reading order. Blocks
 * removed just where others were added are paired up as changed blocks (a
 * paragraph edited in place), the rest stay whole; a moved block reads as
 * removed where it was and added where it is.
 */
export function diffDocuments(
  before: JSONContent | null | undefined,
  after: JSONContent | null | undefined,
): DiffBlock[] {
  const changes = diffArrays(blocksOf(before), blocksOf(after), { comparator: sameBlock });
  const result: DiffBlock[] = [];
  for (let index = 0; index < changes.length; index++) {
    const change = changes[index];
    if (!change) continue;
    const next = changes[index + 1];
    if (change.removed && next?.added) {
      const paired = Math.min(change.value.length, next.value.length);
      for (let i = 0; i < paired; i++) {
        const [old, now] = [change.value[i], next.value[i]];
        if (old && now) result.push(changed(old, now));
      }
      for (const old of change.value.slice(paired)) result.push(whole(old, "removed"));
      for (const now of next.value.slice(paired)) result.push(whole(now, "added"));
      index++;
      continue;
    }
    const kind = change.added ? "added" : change.removed ? "removed" : "same";
    for (const block of change.value) result.push(whole(block, kind));
  }
  return result;
}

/** How many blocks differ, for a one-line summary ("3 changes"). */
export function countChanges(blocks: readonly DiffBlock[]): number {
  return blocks.filter((block) => block.kind !== "same").length;
}

/** A diff to show: changed blocks with some context, long unchanged stretches folded. */
export type DiffItem =
  { kind: "block"; block: DiffBlock } | { kind: "folded"; blocks: DiffBlock[] };

/**
 * Folds each stretch of unchanged blocks longer than `context` blocks on
 * either side of a change (so a long document shows its changes, not pages
 * of what stayed). Empty unchanged blocks (spacing) are dropped. A diff
 * without changes is shown whole: then the version itself is the point.
 */
export function foldUnchanged(blocks: readonly DiffBlock[], context = 1): DiffItem[] {
  const visible = blocks.filter(
    (block) => block.kind !== "same" || block.spans.some((span) => span.text.trim()),
  );
  if (countChanges(visible) === 0) return visible.map((block) => ({ kind: "block", block }));
  const items: DiffItem[] = [];
  let run: DiffBlock[] = [];
  const flush = (atStart: boolean, atEnd: boolean) => {
    const head = atStart ? 0 : context;
    const tail = atEnd ? 0 : context;
    if (run.length > head + tail + 1) {
      items.push(...run.slice(0, head).map((block) => ({ kind: "block" as const, block })));
      items.push({ kind: "folded", blocks: run.slice(head, run.length - tail) });
      items.push(
        ...run.slice(run.length - tail).map((block) => ({ kind: "block" as const, block })),
      );
    } else items.push(...run.map((block) => ({ kind: "block" as const, block })));
    run = [];
  };
  visible.forEach((block) => {
    if (block.kind === "same") return void run.push(block);
    flush(items.length === 0, false);
    items.push({ kind: "block", block });
  });
  flush(items.length === 0, true);
  return items;
}
