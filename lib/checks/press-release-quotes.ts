import { partAnchor, textOf } from "./outline";
import type { PressRelease } from "./press-release-parts";
import { findQuotations } from "./quotes";
import { result } from "./result";
import type { CheckResult } from "./types";

type Role = "leader" | "customer";

/** A quotation in the release, whose it is taken to be, and where it sits. */
type PlacedQuotation = { role: Role; attributed: boolean; index: number; inPart?: Role };

/**
 * Every quotation in the release. A quote under the leader's or the
 * customer's heading is theirs, whoever is named; anywhere else (its heading
 * deleted, or the quote moved into the story) it is a leader's when its
 * attribution carries a title, a customer's otherwise. So one quote never
 * satisfies both items.
 */
function quotationsIn(pr: PressRelease): PlacedQuotation[] {
  return pr.sections.flatMap((section) => {
    const part = pr.partOf.get(section);
    const inPart: Role | undefined =
      part === "leader-quote" ? "leader" : part === "customer-quote" ? "customer" : undefined;
    return section.blocks.flatMap((block, i) => {
      // A "— Jane Doe" line under a quote is often its own paragraph.
      const next = textOf(section.blocks[i + 1]?.node);
      return findQuotations(textOf(block.node), next).map((quotation) => ({
        role: inPart ?? (quotation.byLeader ? "leader" : "customer"),
        attributed: Boolean(quotation.attribution),
        index: block.index,
        inPart,
      }));
    });
  });
}

const ITEMS = {
  leader: {
    id: "leader-quote",
    label: "Leader's quote",
    hint: "A leader on why we built this, in quotation marks, with name and title (“…,” said Jane Doe, VP of Payments).",
  },
  customer: {
    id: "customer-quote",
    label: "Customer's quote",
    hint: "A customer on the benefit in their own words, in quotation marks, with who they are (“…,” said Tom Reyes, a shopper in Austin).",
  },
} as const;

const PART: Record<Role, "leader-quote" | "customer-quote"> = {
  leader: "leader-quote",
  customer: "customer-quote",
};

function quoteCheck(pr: PressRelease, quotations: PlacedQuotation[], role: Role): CheckResult {
  const item = ITEMS[role];
  if (quotations.some((quotation) => quotation.role === role && quotation.attributed))
    return result(item, { passed: true });
  const section = pr.parts[PART[role]];
  const unattributed = quotations.find((quotation) => quotation.inPart === role);
  if (unattributed)
    return result(item, {
      passed: false,
      detail: "Say who said it: a name and who they are, after the quote.",
      anchor: { kind: "block", index: unattributed.index },
    });
  const written = section?.blocks.find((block) => textOf(block.node).trim());
  if (written)
    return result(item, {
      passed: false,
      detail: "Put the words someone said in quotation marks.",
      anchor: { kind: "block", index: written.index },
    });
  return result(item, { passed: false, anchor: partAnchor(section) });
}

/** The leader's and the customer's quote. */
export function quoteChecks(pr: PressRelease): Record<Role, CheckResult> {
  const quotations = quotationsIn(pr);
  return {
    leader: quoteCheck(pr, quotations, "leader"),
    customer: quoteCheck(pr, quotations, "customer"),
  };
}
