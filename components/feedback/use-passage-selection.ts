import { useEffect, useState } from "react";
import { shorten } from "@/lib/shorten";
import { LIMITS } from "@/lib/schemas/limits";

/** Text selected inside one part of the published document, and where to offer to ask about it. */
export type SelectedPassage = {
  /** The Stage of the `section.reader-part[data-stage]` it is in. */
  stage: string;
  /** The selected words, whitespace folded, at most LIMITS.quoteMax characters (the server refuses longer). */
  quote: string;
  /** Viewport position of the selection's top centre, kept on screen (for a fixed-position button). */
  top: number;
  left: number;
};

function partOf(node: Node | null): HTMLElement | null {
  const element = node instanceof Element ? node : (node?.parentElement ?? null);
  return element?.closest<HTMLElement>("section.reader-part[data-stage]") ?? null;
}

/** The passage the reader has selected now, if it lies within one part of the document. */
function readSelection(stages: readonly string[]): SelectedPassage | null {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const part = partOf(selection.anchorNode);
  const stage = part?.dataset.stage;
  if (!part || !stage || !stages.includes(stage) || partOf(selection.focusNode) !== part)
    return null;
  const quote = shorten(selection.toString(), LIMITS.quoteMax);
  if (!quote) return null;
  const rect = selection.getRangeAt(0).getBoundingClientRect();
  // Kept on screen: a long selection, or one scrolled past, still offers the button.
  const clamp = (value: number, min: number, max: number) =>
    Math.min(Math.max(value, min), Math.max(min, max));
  return {
    stage,
    quote,
    top: clamp(rect.top, 48, window.innerHeight - 8),
    left: clamp(rect.left + rect.width / 2, 96, window.innerWidth - 96),
  };
}

/**
 * Follows the reader's text selection on the published document: a
 * passage within one of `stages`' parts, or null. Plain DOM events, no
 * library: this runs on the reader page, whose script budget is small.
 */
export function usePassageSelection(stages: readonly string[]): SelectedPassage | null {
  const [passage, setPassage] = useState<SelectedPassage | null>(null);
  const key = stages.join(",");
  useEffect(() => {
    const allowed = key.split(",");
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setPassage(readSelection(allowed)));
    };
    document.addEventListener("selectionchange", update);
    window.addEventListener("scroll", update, { passive: true });
    window.addEventListener("resize", update);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener("selectionchange", update);
      window.removeEventListener("scroll", update);
      window.removeEventListener("resize", update);
    };
  }, [key]);
  return passage;
}
