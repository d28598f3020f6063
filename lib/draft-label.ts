import type { SectionState } from "@/lib/stages";

/**
 * What the document view says beside a stage that is not complete, in the
 * words a reader in a meeting understands: "Draft" while it is being written
 * (or waits, locked, after an earlier stage was reopened), "In review" while
 * reviewers read it, "Not started" when nothing is written yet. Complete
 * stages say nothing: they are the document.
 */
export function draftLabel(state: SectionState, written: boolean): string | undefined {
  if (state === "COMPLETE") return undefined;
  if (!written) return "Not started";
  return state === "IN_REVIEW" ? "In review" : "Draft";
}
