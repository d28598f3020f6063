import type { JSONContent } from "@tiptap/core";
import type { CustomerAnswers, CustomerField } from "@/lib/customer-questions";
import type { Stage } from "@/lib/stages";

/**
 * Where a check's missing part belongs, so the checklist can move the cursor
 * there. Block indexes count the document's top-level nodes (the same in the
 * editor JSON the server checks and the live ProseMirror document).
 */
export type CheckAnchor =
  /** Inside top-level block `index` (at its end: where a writer continues). */
  | { kind: "block"; index: number }
  /** After top-level block `index` (e.g. the empty line under a heading). */
  | { kind: "after"; index: number }
  /** The end of the document: a part that is not there at all. */
  | { kind: "end" }
  /** A customer question, answered on the Customer card, not in the document. */
  | { kind: "customer"; field: CustomerField };

/** One item of a stage's checklist. */
export type CheckResult = {
  /** Stable id, unique within the stage ("headline", "leader-quote"). */
  id: string;
  /** What the item is, as the checklist names it ("Leader's quote"). */
  label: string;
  /** One line on what passes, shown under a failing item. */
  hint: string;
  /** Required checks gate "Complete stage"; the others only advise. */
  required: boolean;
  passed: boolean;
  /** Why it fails, when more specific than the hint ("3 of 5 entries"). */
  detail?: string;
  /** Where to go to fix it; absent when there is nowhere better than the top. */
  anchor?: CheckAnchor;
};

/** A required check that fails, as a refusal names it (what the server sends back). */
export type FailedCheck = Pick<CheckResult, "id" | "label" | "hint" | "detail">;

/** A length the stage should stay under, counted live ("412 / 500 words"). */
export type CheckCounter = {
  label: string;
  unit: "words" | "pages";
  value: number;
  limit: number;
  /** From here the counter warns; above `limit` it is over. */
  warnFrom: number;
};

/** A stage's checklist for one document. */
export type CheckReport = {
  stage: Stage;
  checks: CheckResult[];
  counter?: CheckCounter;
  /** Checks passed / total, the figure shown at a glance in lists. */
  passed: number;
  total: number;
  /** The required checks that fail: empty means the stage may complete. */
  failing: CheckResult[];
};

/** What the checks know besides the document. */
export type CheckContext = {
  /** The initiative's answers to the five customer questions. */
  customer: CustomerAnswers;
};

/** One stage's checks: pure, over the editor JSON, the same in the browser and on the server. */
export type StageChecks = (
  doc: JSONContent,
  context: CheckContext,
) => {
  checks: CheckResult[];
  counter?: CheckCounter;
};
