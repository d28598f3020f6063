/**
 * Caret colours: hex, because CollaborationCaret accepts only #rrggbb, and
 * dark enough for white label text on every one.
 */
const PALETTE = [
  "#4f46e5",
  "#0f766e",
  "#b45309",
  "#be123c",
  "#7c3aed",
  "#0369a1",
  "#15803d",
  "#c2410c",
  "#a21caf",
  "#4d7c0f",
] as const;

/** The same colour for a person in every tab and on every visit. */
export function userColor(userId: string): string {
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return PALETTE[hash % PALETTE.length] ?? PALETTE[0];
}
