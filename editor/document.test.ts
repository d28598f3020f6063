import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  countWords,
  editorSchema,
  hasWrittenContent,
  plainTextYDoc,
  snapshotOf,
  templateYDoc,
} from "./document";
import { TEMPLATES, promptFor, templateDocument } from "./templates";
import { STAGES } from "@/lib/stages";

describe("templates", () => {
  it.each(STAGES)("%s seeds its headings and nothing else", (stage) => {
    const snapshot = snapshotOf(templateYDoc(stage));
    expect(snapshot.json).toEqual(templateDocument(stage));
    expect(snapshot.text.split("\n\n").filter(Boolean)).toEqual(
      TEMPLATES[stage].map((part) => part.heading),
    );
    expect(hasWrittenContent(snapshot.json)).toBe(false);
  });

  it("finds the prompt for a template heading, whatever its case", () => {
    expect(promptFor("PRESS_RELEASE", "headline")).toMatch(/one line/);
    expect(promptFor("PRESS_RELEASE", "Something else")).toBeUndefined();
  });

  it("survives a round trip through the encoded Yjs state", () => {
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(templateYDoc("FAQ")));
    expect(snapshotOf(copy).json).toEqual(templateDocument("FAQ"));
  });
});

describe("snapshots", () => {
  it("turns text saved before the editor into paragraphs", () => {
    const snapshot = snapshotOf(plainTextYDoc("Today we launch.\n\nIt is great."));
    expect(snapshot.json.content?.map((node) => node.type)).toEqual([
      "paragraph",
      "paragraph",
      "paragraph",
    ]);
    expect(snapshot.text).toBe("Today we launch.\n\n\n\nIt is great.");
    expect(snapshot.wordCount).toBe(6);
    expect(hasWrittenContent(snapshot.json)).toBe(true);
  });

  it("counts words, not punctuation", () => {
    expect(countWords("It’s a well-known fact — 42 people agree!")).toBe(7);
    expect(countWords("   ")).toBe(0);
  });
});

describe("written content", () => {
  const doc = (...content: object[]) => ({ type: "doc", content });
  it("ignores headings and empty paragraphs", () => {
    expect(
      hasWrittenContent(
        doc(
          { type: "heading", content: [{ type: "text", text: "Headline" }] },
          { type: "paragraph" },
        ),
      ),
    ).toBe(false);
    expect(
      hasWrittenContent(doc({ type: "paragraph", content: [{ type: "text", text: "  " }] })),
    ).toBe(false);
  });
  it("counts a list item, a table cell or an image", () => {
    expect(
      hasWrittenContent(
        doc({
          type: "bulletList",
          content: [
            {
              type: "listItem",
              content: [{ type: "paragraph", content: [{ type: "text", text: "x" }] }],
            },
          ],
        }),
      ),
    ).toBe(true);
    expect(hasWrittenContent(doc({ type: "figure", attrs: { src: "/api/assets/a1" } }))).toBe(true);
    expect(hasWrittenContent(null)).toBe(false);
  });
});

describe("links", () => {
  it("keep only where they go: rel, target and class are the schema's, whatever was written", () => {
    const node = editorSchema().nodeFromJSON({
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            {
              type: "text",
              text: "our site",
              marks: [
                {
                  type: "link",
                  attrs: { href: "https://example.com", rel: null, target: "_top", class: "evil" },
                },
              ],
            },
          ],
        },
      ],
    });
    const mark = node.firstChild?.firstChild?.marks[0];
    expect(mark?.attrs).toEqual({ href: "https://example.com", title: null });
    const [tag, attrs] = editorSchema().marks.link!.spec.toDOM!(mark!, true) as [
      string,
      Record<string, string>,
    ];
    expect(tag).toBe("a");
    expect(attrs).toMatchObject({
      href: "https://example.com",
      rel: "noopener noreferrer nofollow",
      target: "_blank",
    });
    expect(attrs.class ?? null).toBeNull(); // null is not rendered
  });
});
