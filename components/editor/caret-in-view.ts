import { Extension } from "@tiptap/core";
import { Plugin, PluginKey, TextSelection } from "@tiptap/pm/state";
import type { EditorView } from "@tiptap/pm/view";

/** Room the caret keeps from the edges of what shows it, in pixels. */
export const CARET_MARGIN = 24;

type Box = { top: number; bottom: number; left: number; right: number };

/** Whether `caret` lies inside every box, `margin` pixels clear of their edges. */
export function insideAll(caret: Box, boxes: readonly Box[], margin = CARET_MARGIN): boolean {
  return boxes.every(
    (box) =>
      caret.top >= box.top + margin &&
      caret.bottom <= box.bottom - margin &&
      caret.left >= box.left &&
      caret.right <= box.right,
  );
}

const SCROLLS = /^(auto|scroll|overlay)$/;

/** The boxes between the editor and the page that scroll (usually none). */
function scrollingAncestors(view: EditorView): HTMLElement[] {
  const found: HTMLElement[] = [];
  const body = view.dom.ownerDocument.body;
  for (let element = view.dom.parentElement; element && element !== body;) {
    const style = getComputedStyle(element);
    if (SCROLLS.test(style.overflowY) || SCROLLS.test(style.overflowX)) found.push(element);
    element = element.parentElement;
  }
  return found;
}

/**
 * Keeps the caret in view without measuring the whole page at every
 * keystroke. ProseMirror scrolls the selection into view after typing by
 * walking from the caret up to the body and reading every ancestor's box
 * and computed style (about 25 on the stage page, 0.3 ms a keystroke, twice
 * a bare editor's: docs/benchmarks.md, "Editor"). When the caret is already
 * well inside the window and any box that scrolls around the editor (found
 * once, and again after a resize), nothing needs to move and that walk is
 * skipped; otherwise, or for a node selection, ProseMirror scrolls as usual.
 *
 * ProseMirror is told to scroll once the caret comes within that margin of
 * an edge (scrollThreshold) and to leave twice that room when it does
 * (scrollMargin). With its default margin of 5 px, typing at the bottom of
 * the window kept the caret 5 px from the edge, so the check failed and the
 * walk ran at every keystroke; now it runs about once per new line.
 */
export const CaretInView = Extension.create({
  name: "caretInView",

  addProseMirrorPlugins() {
    let scrollers: HTMLElement[] | null = null;
    const forget = () => {
      scrollers = null;
    };
    return [
      new Plugin({
        key: new PluginKey("caretInView"),
        view: () => {
          window.addEventListener("resize", forget, { passive: true });
          return { destroy: () => window.removeEventListener("resize", forget) };
        },
        props: {
          scrollThreshold: CARET_MARGIN,
          scrollMargin: CARET_MARGIN * 2,
          handleScrollToSelection: (view) => {
            const { selection } = view.state;
            if (!(selection instanceof TextSelection)) return false;
            scrollers ??= scrollingAncestors(view);
            const caret = view.coordsAtPos(selection.head, 1);
            const { clientHeight, clientWidth } = view.dom.ownerDocument.documentElement;
            const page: Box = { top: 0, left: 0, bottom: clientHeight, right: clientWidth };
            const boxes = [page, ...scrollers.map((element) => element.getBoundingClientRect())];
            return insideAll(caret, boxes);
          },
        },
      }),
    ];
  },
});
