import type { DecorationAttrs } from "@tiptap/pm/view";

/** What each tab shares about its person through Yjs awareness. */
export type PresenceUser = { id: string; name: string; color: string };

const HEX = /^#[0-9a-fA-F]{6}$/;

/** Another person's caret: a coloured bar with their name above it. */
export function renderCaret(user: Record<string, unknown>): HTMLElement {
  const color = typeof user.color === "string" && HEX.test(user.color) ? user.color : "#71717a";
  const name = typeof user.name === "string" && user.name ? user.name : "Someone";
  const caret = document.createElement("span");
  caret.className = "collab-caret";
  caret.style.setProperty("--caret-color", color);
  caret.setAttribute("aria-hidden", "true");
  const label = document.createElement("span");
  label.className = "collab-caret__label";
  // textContent, never innerHTML: names come from other people's browsers.
  label.textContent = name;
  caret.append(label);
  return caret;
}

/** Their selection, tinted with their colour. */
export function renderSelection(user: Record<string, unknown>): DecorationAttrs {
  const color = typeof user.color === "string" && HEX.test(user.color) ? user.color : undefined;
  return color
    ? { class: "collab-selection", style: `background-color: ${color}33` }
    : { class: "collab-selection" };
}
