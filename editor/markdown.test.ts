import { describe, expect, it } from "vitest";
import { Marked } from "marked";
import type { JSONContent } from "@tiptap/core";
import { READY_CUSTOMER, READY_DOCUMENTS } from "@/lib/checks/fixtures/ready-documents";
import { STAGES, STAGE_INFO } from "@/lib/stages";
import { documentMarkdown, type DocumentMarkdownOptions } from "./markdown";

const APP = "https://foreword.example";
const assetUrl = (id: string) => `${APP}/api/publications/pub1/assets/${id}?share=tok_123`;

const NO_CUSTOMER = {
  customer: "",
  customerProblem: "",
  customerBenefit: "",
  customerEvidence: "",
  customerExperience: "",
};

function markdownOf(content: JSONContent, options: Partial<DocumentMarkdownOptions> = {}) {
  return documentMarkdown({
    title: "Instant refunds",
    meta: [],
    customer: NO_CUSTOMER,
    parts: [{ stage: "PRESS_RELEASE", content }],
    assetUrl,
    ...options,
  });
}

/** The Markdown as a standard renderer (marked, GFM) turns it into HTML. */
const html = (markdown: string) => new Marked({ gfm: true }).parse(markdown, { async: false });

const decode = (value: string) =>
  value
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

/** Every heading of the rendered file: [level, text]. */
function headingsOf(markdown: string): [number, string][] {
  return [...html(markdown).matchAll(/<h([1-6])[^>]*>([\s\S]*?)<\/h\1>/g)].map((match) => [
    Number(match[1]),
    decode(match[2] ?? "").trim(),
  ]);
}

const textOf = (node: JSONContent): string =>
  node.type === "text" ? (node.text ?? "") : (node.content ?? []).map(textOf).join("");

/** A part's headings as the file should show them: two levels down, questions as level 5. */
function expectedHeadings(content: JSONContent): [number, string][] {
  const found: [number, string][] = [];
  const visit = (node: JSONContent) => {
    if (node.type === "heading") found.push([Number(node.attrs?.level) + 2, textOf(node).trim()]);
    else if (node.type === "faqQuestion") found.push([5, textOf(node).trim()]);
    else node.content?.forEach(visit);
  };
  visit(content);
  return found.filter(([, text]) => text);
}

const text = (value: string, marks?: JSONContent["marks"]): JSONContent => ({
  type: "text",
  text: value,
  ...(marks ? { marks } : {}),
});
const p = (...content: JSONContent[]): JSONContent => ({ type: "paragraph", content });
const doc = (...content: JSONContent[]): JSONContent => ({ type: "doc", content });
const item = (...content: JSONContent[]): JSONContent => ({ type: "listItem", content });
const link = (value: string, href: string) => text(value, [{ type: "link", attrs: { href } }]);

describe("documentMarkdown", () => {
  it("has the document's headings: title, the customer, each stage, and each part's own, two levels down", () => {
    const parts = STAGES.map((stage) => ({ stage, content: READY_DOCUMENTS[stage] }));
    const markdown = documentMarkdown({
      title: "Instant refunds",
      meta: ["Published 26 November 2026 · version 3"],
      customer: READY_CUSTOMER,
      parts,
      assetUrl,
    });
    expect(headingsOf(markdown)).toEqual([
      [1, "Instant refunds"],
      [2, "The customer"],
      ...parts.flatMap((part) => [
        [2, STAGE_INFO[part.stage].label] as [number, string],
        ...expectedHeadings(part.content),
      ]),
    ]);
    expect(
      markdown.startsWith("# Instant refunds\n\nPublished 26 November 2026 · version 3\n"),
    ).toBe(true);
    // The ready FAQ is written as FAQ entries: their questions are there as headings.
    expect(expectedHeadings(READY_DOCUMENTS.FAQ).some(([level]) => level === 5)).toBe(true);
  });

  it("writes the customer's answers under their questions, and marks drafts and empty stages", () => {
    const markdown = documentMarkdown({
      title: "Instant refunds",
      meta: [{ text: "Read it online", href: `${APP}/p/abc` }],
      customer: { ...NO_CUSTOMER, customer: "Shoppers returning an item" },
      parts: [
        { stage: "PRESS_RELEASE", content: doc(p(text("Today we launch."))) },
        { stage: "FAQ", content: null, draftLabel: "Draft" },
      ],
      assetUrl,
    });
    expect(markdown).toContain(`[Read it online](${APP}/p/abc)`);
    expect(markdown).toContain("**Who is the customer?**\n\nShoppers returning an item");
    expect(markdown).not.toContain("problem or opportunity");
    expect(markdown).toContain("## FAQ (Draft)\n\n*Nothing written yet.*");
  });

  it("writes FAQ entries, lists, task lists, tables and code blocks as Markdown", () => {
    const markdown = markdownOf(
      doc(
        {
          type: "faqEntry",
          content: [
            { type: "faqQuestion", content: [text("How fast is the refund?")] },
            {
              type: "faqAnswer",
              content: [p(text("At once.")), { type: "bulletList", content: [item(p(text("a")))] }],
            },
          ],
        },
        {
          type: "orderedList",
          attrs: { start: 1 },
          content: [item(p(text("Open the app"))), item(p(text("Tap Refund")))],
        },
        {
          type: "taskList",
          content: [
            { type: "taskItem", attrs: { checked: true }, content: [p(text("Legal review"))] },
            { type: "taskItem", attrs: { checked: false }, content: [p(text("Pilot"))] },
          ],
        },
        {
          type: "table",
          content: [
            {
              type: "tableRow",
              content: [
                { type: "tableHeader", content: [p(text("Risk"))] },
                { type: "tableHeader", content: [p(text("Either|or"))] },
              ],
            },
            {
              type: "tableRow",
              content: [
                { type: "tableCell", content: [p(text("Fraud"))] },
                { type: "tableCell", content: [p(text("High"))] },
              ],
            },
          ],
        },
        { type: "codeBlock", attrs: { language: "ts" }, content: [text("const refund = true;")] },
      ),
    );
    expect(markdown).toContain("##### How fast is the refund?\n\nAt once.\n\n- a");
    expect(markdown).toContain("1. Open the app\n2. Tap Refund");
    expect(markdown).toContain("- [x] Legal review\n- [ ] Pilot");
    expect(markdown).toContain("```ts\nconst refund = true;\n```");
    const rendered = html(markdown);
    expect(rendered).toMatch(/<h5>How fast is the refund\?<\/h5>/);
    // The cell keeps its text and the table its two columns.
    expect(rendered).toMatch(/<th>Risk<\/th>\s*<th>Either∣or<\/th>/);
    expect(rendered).toMatch(/<td>Fraud<\/td>\s*<td>High<\/td>/);
    expect(rendered).toContain('<code class="language-ts">const refund = true;');
    expect(rendered).toMatch(/<input checked="" disabled="" type="checkbox">\s*Legal review/);
  });

  it("writes a figure as its image, at the reader's absolute URL, with alt text and the caption in italics", () => {
    const markdown = markdownOf(
      doc({
        type: "figure",
        attrs: { src: "/api/assets/asset_1", alt: "The refund screen [final]" },
        content: [text("Refund "), text("confirmed", [{ type: "bold" }])],
      }),
    );
    expect(markdown).toContain(
      `![The refund screen \\[final\\]](${APP}/api/publications/pub1/assets/asset_1?share=tok_123)\n\n_Refund **confirmed**_`,
    );
    expect(html(markdown)).toContain(
      `<img src="${APP}/api/publications/pub1/assets/asset_1?share=tok_123" alt="The refund screen [final]">`,
    );
  });

  it("keeps a paragraph that looks like a heading or a list a paragraph", () => {
    const markdown = markdownOf(
      doc(
        p(text("# Not a heading")),
        p(text("1. Not a list")),
        p(text("Line"), { type: "hardBreak" }, text("===")),
      ),
    );
    expect(headingsOf(markdown)).toEqual([
      [1, "Instant refunds"],
      [2, "Press release"],
    ]);
    expect(html(markdown)).not.toMatch(/<ol|<ul/);
  });
});

describe("hostile documents", () => {
  const payloads = doc(
    p(text("<script>alert(1)</script> & <img src=x onerror=alert(2)>")),
    p(
      link("click", "javascript:alert(3)"),
      text(" "),
      link("data", "data:text/html;base64,PHNjcmlwdD4="),
      text(" "),
      link("ok", "https://example.com/a)![x](https://tracker.example/p.gif"),
      text(" "),
      link("mail", "mailto:team@example.com"),
    ),
    p(text("x`<img src=y onerror=alert(4)>`", [{ type: "code" }])),
    {
      type: "codeBlock",
      attrs: { language: "js\n<script>" },
      content: [text("```\n<script>alert(5)</script>")],
    },
    {
      type: "figure",
      attrs: { src: "https://tracker.example/pixel.gif", alt: "pixel" },
      content: [text("Foreign image")],
    },
    {
      type: "figure",
      attrs: { src: "/api/assets/ok_1", alt: '"><script>alert(6)</script>](javascript:alert(7))' },
      content: [text("<svg onload=alert(8)>")],
    },
  );

  it("renders no tag, handler or script URL a writer typed, and keeps their words", () => {
    const markdown = documentMarkdown({
      title: "<script>alert(0)</script>",
      meta: [],
      customer: { ...NO_CUSTOMER, customer: "<img src=z onerror=alert(9)>" },
      parts: [{ stage: "PRESS_RELEASE", content: payloads }],
      assetUrl,
    });
    const rendered = html(markdown);
    // No element a writer typed, no event handler, no address but ours and theirs.
    expect(rendered).not.toMatch(/<(script|svg|iframe)|<[^>]*\son\w+=/i);
    expect(rendered).not.toMatch(/(href|src)="(?!https:\/\/|mailto:)/i);
    // The only image is our own asset, at the publication's URL.
    expect(rendered.match(/<img /g)).toHaveLength(1);
    expect(rendered).toContain(`src="${APP}/api/publications/pub1/assets/ok_1?share=tok_123"`);
    // Links to web pages and email stay links; the address cannot close early.
    expect(rendered.match(/<a /g)).toHaveLength(2);
    expect(rendered).toMatch(/<a href="https:\/\/example\.com\/a%29[^"]*">ok<\/a>/);
    expect(rendered).toContain('<a href="mailto:team@example.com">mail</a>');
    // The words survive as text.
    expect(decode(rendered)).toContain("<script>alert(1)</script> & <img src=x onerror=alert(2)>");
    expect(decode(rendered)).toContain("click");
    expect(decode(rendered)).toContain("<script>alert(5)</script>");
    expect(markdown).toContain("# &lt;script&gt;alert(0)&lt;/script&gt;");
  });
});
