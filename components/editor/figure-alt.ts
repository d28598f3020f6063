import type { Editor } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { NodeSelection, type EditorState, type Transaction } from "@tiptap/pm/state";
import { assetSrc } from "@/editor/extensions";
import { LIMITS } from "@/lib/schemas/limits";

/** A figure with an image, and where it starts. */
export type SelectedFigure = { pos: number; node: ProseMirrorNode; alt: string };

/**
 * The figure the selection is on (selected as a whole) or in (its caption),
 * if it shows an image: a figure without one has nothing to describe.
 */
export function selectedFigure(state: EditorState): SelectedFigure | undefined {
  const { selection } = state;
  const found =
    selection instanceof NodeSelection
      ? { pos: selection.from, node: selection.node }
      : selection.$from.parent.type.name === "figure" && selection.$from.depth > 0
        ? { pos: selection.$from.before(), node: selection.$from.parent }
        : undefined;
  if (!found || found.node.type.name !== "figure" || !assetSrc(found.node.attrs.src)) {
    return undefined;
  }
  const alt: unknown = found.node.attrs.alt;
  return { ...found, alt: typeof alt === "string" ? alt : "" };
}

/** The selected figure's image element: its menu sits above the picture, not over the caption. */
export function selectedFigureImage(editor: Editor): HTMLElement | null {
  const figure = selectedFigure(editor.state);
  if (!figure) return null;
  const dom = editor.view.nodeDOM(figure.pos);
  return dom instanceof HTMLElement ? dom.querySelector("img") : null;
}

/** Alt text as stored: one line, trimmed, at most LIMITS.altTextMax characters. */
export function normaliseAltText(value: string): string {
  return value.replace(/\s+/g, " ").trim().slice(0, LIMITS.altTextMax);
}

/**
 * Sets a figure's alt text in a transaction, so it reaches collaborators
 * like any edit and undoes like one. False if `pos` is no longer a figure
 * (someone removed it meanwhile).
 */
export function setFigureAlt(tr: Transaction, pos: number, value: string): boolean {
  if (tr.doc.nodeAt(pos)?.type.name !== "figure") return false;
  tr.setNodeAttribute(pos, "alt", normaliseAltText(value));
  return true;
}
