import type { JSONContent } from "@tiptap/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countWords } from "@/editor/document";
import { templateDocument } from "@/editor/templates";
import { CUSTOMER_FIELDS, type CustomerAnswers } from "@/lib/customer-questions";
import { STAGES } from "@/lib/stages";
import { checkStage } from ".";
import { doc, paragraph, sectionsOf } from "./fixtures/doc";
import { GOOD_CUSTOMER, GOOD_PRESS_RELEASE } from "./fixtures/good-press-release";

/** Text made of the pieces the checks look for, so the patterns get exercised, not just skipped. */
const text = fc.oneof(
  fc.string(),
  fc
    .array(
      fc.constantFrom(
        "“",
        "”",
        '"',
        "„",
        "«",
        "»",
        " said ",
        "Jane Doe",
        ", CEO",
        " a shopper",
        ",",
        ".",
        " ",
        "SEATTLE, ",
        "May 4, 2027",
        "2027-02-30",
        " — ",
        "\n",
        "TBD",
        "https://x.co",
        "Headline",
      ),
      { maxLength: 40 },
    )
    .map((pieces) => pieces.join("")),
);

const NODE_TYPES = [
  "paragraph",
  "heading",
  "text",
  "hardBreak",
  "orderedList",
  "bulletList",
  "listItem",
  "blockquote",
  "figure",
  "table",
  "tableRow",
  "tableCell",
  "taskList",
  "taskItem",
];

/** Editor-JSON-ish nodes: the right keys with values of the right and of the wrong kinds. */
const { node } = fc.letrec<{ node: JSONContent }>((tie) => ({
  node: fc.record(
    {
      type: fc.oneof(fc.constantFrom(...NODE_TYPES), fc.string()),
      text,
      attrs: fc.oneof(
        fc.record(
          {
            level: fc.oneof(fc.integer({ min: 0, max: 4 }), fc.string()),
            part: fc.oneof(
              fc.constantFrom("headline", "summary", "steps", "risks", "screens"),
              fc.anything(),
            ),
            src: fc.oneof(fc.constant("/api/assets/a1"), fc.anything()),
            alt: fc.oneof(text, fc.anything()),
          },
          { requiredKeys: [] },
        ),
        fc.anything(),
      ),
      content: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        fc.array(tie("node"), { maxLength: 4 }),
        fc.anything(),
      ),
      marks: fc.oneof(fc.constant([{ type: "link" }]), fc.anything()),
    },
    { requiredKeys: [] },
  ) as fc.Arbitrary<JSONContent>,
}));

const customer: fc.Arbitrary<CustomerAnswers> = fc.record(
  Object.fromEntries(CUSTOMER_FIELDS.map((field) => [field, text])) as Record<
    keyof CustomerAnswers,
    fc.Arbitrary<string>
  >,
);

describe("every stage's checks", () => {
  it("never throw, and anchor only at blocks the document has", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...STAGES),
        fc.array(node, { maxLength: 8 }),
        customer,
        (stage, content, answers) => {
          const document = doc(...content);
          const report = checkStage(stage, document, { customer: answers });
          expect(report.passed).toBeLessThanOrEqual(report.total);
          for (const check of report.checks) {
            const anchor = check.anchor;
            if (anchor && (anchor.kind === "block" || anchor.kind === "after")) {
              expect(anchor.index).toBeGreaterThanOrEqual(0);
              expect(anchor.index).toBeLessThan(content.length);
            }
          }
        },
      ),
    );
  });

  it("keep up with a long paragraph", () => {
    const long = Array.from(
      { length: 400 },
      (_, i) => `“Word ${i} said Jane Doe, CEO, SEATTLE, May 4,`,
    ).join(" ");
    const started = performance.now();
    for (const stage of STAGES)
      checkStage(stage, doc(paragraph(long)), { customer: GOOD_CUSTOMER });
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe("the press release", () => {
  const verdicts = (document: JSONContent) =>
    checkStage("PRESS_RELEASE", document, { customer: GOOD_CUSTOMER }).checks.map((check) => [
      check.id,
      check.passed,
    ]);

  it("comes out the same whatever the order of its sections", () => {
    const sections = sectionsOf(GOOD_PRESS_RELEASE);
    const expected = verdicts(GOOD_PRESS_RELEASE);
    fc.assert(
      fc.property(fc.shuffledSubarray(sections, { minLength: sections.length }), (shuffled) => {
        expect(verdicts(doc(...shuffled.flat()))).toEqual(expected);
      }),
    );
  });

  it("passes nothing in the document from its template, in any order", () => {
    const sections = sectionsOf(templateDocument("PRESS_RELEASE"));
    fc.assert(
      fc.property(fc.shuffledSubarray(sections, { minLength: sections.length }), (shuffled) => {
        const passing = verdicts(doc(...shuffled.flat())).filter(
          ([id, passed]) => passed && id !== "customer",
        );
        expect(passing).toEqual([]);
      }),
    );
  });

  it("counts the words of whatever is written", () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 6 }), (lines) => {
        const report = checkStage("PRESS_RELEASE", doc(...lines.map((line) => paragraph(line))), {
          customer: GOOD_CUSTOMER,
        });
        expect(report.counter?.value).toBe(lines.reduce((sum, line) => sum + countWords(line), 0));
      }),
    );
  });
});
