import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { searchTerms } from "./terms";
import { MATCH_END, MATCH_START, snippetText, splitSnippet } from "./snippet";
import { passageIsTitle, type SearchResult } from "./types";

describe("searchTerms", () => {
  it("takes the word being typed as a prefix, the rest as words", () => {
    expect(searchTerms("instant refu")).toEqual({ words: "instant ", prefix: "refu" });
    expect(searchTerms("Refu")).toEqual({ words: "", prefix: "refu" });
    expect(searchTerms("café")).toEqual({ words: "", prefix: "café" });
  });

  it("leaves finished, short, negated and quoted words to websearch_to_tsquery", () => {
    expect(searchTerms("refund ")).toEqual({ words: "refund ", prefix: "" });
    expect(searchTerms("re")).toEqual({ words: "re", prefix: "" });
    expect(searchTerms("refund -card")).toEqual({ words: "refund -card", prefix: "" });
    expect(searchTerms('"instant refu')).toEqual({ words: '"instant refu', prefix: "" });
    expect(searchTerms('"instant refund"')).toEqual({ words: '"instant refund"', prefix: "" });
    expect(searchTerms("refund:*")).toEqual({ words: "refund:*", prefix: "" });
  });

  it("never lets tsquery syntax into the prefix", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 30 }), (query) => {
        const { words, prefix } = searchTerms(query);
        expect(prefix).toMatch(/^[\p{L}\p{N}]*$/u);
        expect(words + (prefix ? query.slice(words.length) : "")).toBe(query);
      }),
    );
  });
});

describe("splitSnippet", () => {
  it("turns ts_headline's markers into marked runs", () => {
    const headline = `The ${MATCH_START}refund${MATCH_END} reaches the ${MATCH_START}card${MATCH_END}.`;
    expect(splitSnippet(headline)).toEqual([
      { text: "The ", match: false },
      { text: "refund", match: true },
      { text: " reaches the ", match: false },
      { text: "card", match: true },
      { text: ".", match: false },
    ]);
  });

  it("keeps every character but the markers, and markup stays text", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.constantFrom(MATCH_START, MATCH_END, "<b>", "&amp;"))),
        (pieces) => {
          const headline = pieces.join("");
          expect(snippetText(splitSnippet(headline))).toBe(
            headline.replaceAll(MATCH_START, "").replaceAll(MATCH_END, ""),
          );
        },
      ),
    );
  });
});

describe("passageIsTitle", () => {
  const result = (kind: SearchResult["kind"], snippet: string): SearchResult => ({
    key: `${kind}:1`,
    kind,
    href: "/p/1",
    initiativeId: "1",
    initiativeTitle: "Instant refunds",
    archived: false,
    stage: null,
    authorName: null,
    snippet: [{ text: snippet, match: false }],
  });

  it("is a title hit, or a published document whose passage is its title", () => {
    expect(passageIsTitle(result("title", "Instant refunds"))).toBe(true);
    expect(passageIsTitle(result("published", "Instant refunds"))).toBe(true);
    expect(passageIsTitle(result("published", "Refunds reach the card"))).toBe(false);
    expect(passageIsTitle(result("stage", "Refunds reach the card"))).toBe(false);
  });
});
