import { COACH_KIND_LABELS } from "@/lib/coach/labels";
import type { CoachFinding } from "@/lib/coach/types";

/** Gap between the underlined line and the hint, in pixels. */
const GAP = 6;
/** The hint never touches the window's edges. */
const MARGIN = 8;

let nextId = 0;

/**
 * The hover hint over coach underlines: a plain DOM tooltip (role "tooltip"),
 * since the editor's decorations live outside React. It names each finding's
 * kind in words, then its message and suggestion. Fixed to the viewport and
 * hidden on scroll, so it never drifts from the words it explains.
 */
export class CoachHint {
  readonly element: HTMLDivElement;

  constructor() {
    this.element = document.createElement("div");
    this.element.id = `coach-hint-${++nextId}`;
    this.element.setAttribute("role", "tooltip");
    this.element.className = "coach-hint";
    this.element.hidden = true;
    document.body.append(this.element);
  }

  /** Shows the findings under the pointer, below the line of `anchor` the pointer is on. */
  show(anchor: HTMLElement, findings: readonly CoachFinding[], pointer: { x: number; y: number }) {
    if (findings.length === 0) return this.hide();
    this.element.replaceChildren(
      ...findings.map((finding) => {
        const item = document.createElement("div");
        item.className = "coach-hint-item";
        const title = document.createElement("strong");
        title.textContent = COACH_KIND_LABELS[finding.kind];
        const message = document.createElement("p");
        message.textContent = finding.message;
        const suggestion = document.createElement("p");
        suggestion.className = "coach-hint-suggestion";
        suggestion.textContent = finding.suggestion;
        item.append(title, message, suggestion);
        return item;
      }),
    );
    this.element.hidden = false;
    // A wrapped underline has one rectangle per line: place the hint under the pointer's line.
    const lines = Array.from(anchor.getClientRects());
    const line =
      lines.find((rect) => pointer.y >= rect.top && pointer.y <= rect.bottom) ??
      anchor.getBoundingClientRect();
    const { width, height } = this.element.getBoundingClientRect();
    const left = Math.min(Math.max(MARGIN, pointer.x - 16), window.innerWidth - width - MARGIN);
    const below = line.bottom + GAP;
    const top = below + height > window.innerHeight - MARGIN ? line.top - GAP - height : below;
    this.element.style.left = `${Math.max(MARGIN, left)}px`;
    this.element.style.top = `${Math.max(MARGIN, top)}px`;
  }

  /** Called on every keystroke and change: a hint already hidden is left alone (no attribute write). */
  hide() {
    if (!this.element.hidden) this.element.hidden = true;
  }

  destroy() {
    this.element.remove();
  }
}
