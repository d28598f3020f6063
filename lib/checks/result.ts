import type { CheckAnchor, CheckResult } from "./types";

/** What a checklist item is, before it is checked. */
export type CheckItem = Pick<CheckResult, "id" | "label" | "hint"> & { required?: boolean };

/** How an item came out: where to fix it and why, when it fails. */
export type CheckOutcome = { passed: boolean; detail?: string; anchor?: CheckAnchor };

/**
 * A checklist item's result. Required unless the item says otherwise; a
 * passing item carries no detail or anchor, as there is nothing to fix.
 */
export function result(item: CheckItem, outcome: CheckOutcome): CheckResult {
  const { required = true, ...rest } = item;
  if (outcome.passed) return { ...rest, required, passed: true };
  return {
    ...rest,
    required,
    passed: false,
    ...(outcome.detail && { detail: outcome.detail }),
    ...(outcome.anchor && { anchor: outcome.anchor }),
  };
}

/** "1 word" / "3 words". */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}
