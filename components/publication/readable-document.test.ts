import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { ReadableDocument } from "./readable-document";
import { hostileDocument, HOSTILE_URLS, XSS_STRINGS } from "@/test/fixtures/xss-payloads";
import { READY_DOCUMENTS, READY_CUSTOMER } from "@/lib/checks/fixtures/ready-documents";
import { NO_ANSWERS } from "@/lib/customer-questions";
import { STAGES } from "@/lib/stages";

const assetUrl = (id: string) => `/api/publications/pub1/assets/${id}`;

function render(props: Partial<Parameters<typeof ReadableDocument>[0]> = {}) {
  return renderToStaticMarkup(
    createElement(ReadableDocument, {
      title: "Instant refunds",
      customer: READY_CUSTOMER,
      parts: STAGES.map((stage) => ({ stage, content: READY_DOCUMENTS[stage] })),
      assetUrl,
      ...props,
    }),
  );
}

/** Every tag's attributes in an HTML string, as [tag, name, value]. */
function attributes(html: string): [string, string, string][] {
  const found: [string, string, string][] = [];
  for (const tag of html.matchAll(/<([a-z0-9]+)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*\/?>/gi)) {
    for (const attribute of (tag[2] ?? "").matchAll(/\s+([^\s=>]+)(?:="([^"]*)")?/g))
      found.push([tag[1] ?? "", attribute[1] ?? "", attribute[2] ?? ""]);
  }
  return found;
}

describe("the published document", () => {
  it("renders every stage in order with a table of contents that links to its headings", () => {
    const html = render();
    const parts = [...html.matchAll(/<section id="([^"]+)"/g)].map((match) => match[1]);
    expect(parts).toEqual([
      "customer",
      "press-release",
      "faq",
      "user-manual",
      "mockups",
      "technical-feasibility",
    ]);
    const links = [...html.matchAll(/<a href="#([^"]+)"/g)].map((match) => match[1]);
    expect(links.length).toBeGreaterThan(parts.length);
    for (const id of links) expect(html).toContain(`id="${id}"`);
  });

  it("leaves out unanswered customer questions, and the section when none is answered", () => {
    expect(render({ customer: NO_ANSWERS })).not.toContain('id="customer"');
  });

  it("renders a hostile document, title and customer answers as inert text", () => {
    const hostile = XSS_STRINGS.join(" ");
    const html = render({
      title: hostile,
      customer: { ...READY_CUSTOMER, customer: hostile, customerProblem: hostile },
      parts: STAGES.map((stage) => ({ stage, content: hostileDocument() })),
    });
    // No markup from the payloads: every "<" they hold arrives escaped.
    expect(html).not.toMatch(/<(script|iframe|svg|style|object|embed)\b/i);
    for (const [tag, name, value] of attributes(html)) {
      expect(name, `${tag} ${name}`).not.toMatch(/^on/i);
      // The schema's own table widths are the only styles, never a client's.
      if (name === "style") {
        expect(["table", "col"]).toContain(tag);
        expect(value).toMatch(/^(min-)?width: ?[\d.]+px;?$/);
      }
      if (name === "href" || name === "src") {
        expect(value, `${tag} ${name}`).not.toMatch(/^\s*(javascript|vbscript|data):/i);
        expect(value.replace(/\s/g, ""), `${tag} ${name}`).not.toMatch(/script:/i);
      }
      if (tag === "img" && name === "src")
        expect(value).toMatch(/^\/api\/publications\/pub1\/assets\//);
    }
    // A link to a web page stays a link; the others keep only their text.
    expect(html).toContain(`href="${HOSTILE_URLS.at(-1)}"`);
    expect(html).toContain("link to javascript");
  });
});
