import { describe, expect, it } from "vitest";
import { editorSchema } from "../document";
import { markdownImageSrc } from "./figure";

const figure = (src: unknown) =>
  editorSchema().nodes.figure!.create({ src, alt: "A sketch" }, editorSchema().text("Caption"));

const toDOM = (src: unknown) => editorSchema().nodes.figure!.spec.toDOM!(figure(src));

describe("figure", () => {
  it("draws our own assets", () => {
    expect(JSON.stringify(toDOM("/api/assets/abc_123"))).toContain('"src":"/api/assets/abc_123"');
  });

  it.each([
    "https://tracker.example/pixel.gif",
    "javascript:alert(1)",
    "/api/assets/../secrets",
    "//evil.example/api/assets/x",
    null,
  ])("drops any other src (%s) but keeps the caption", (src) => {
    const dom = JSON.stringify(toDOM(src));
    expect(dom).not.toContain('"img"');
    expect(dom).toContain('"figcaption"');
  });
});

describe("markdownImageSrc", () => {
  it.each([
    "/api/assets/abc_123",
    "https://foreword.example/api/assets/abc",
    "http://localhost:3000/api/publications/p1/assets/a1",
    "https://foreword.example/api/publications/p1/assets/a1?share=tok-EN_9",
  ])("accepts an image of ours (%s)", (src) => {
    expect(markdownImageSrc(src)).toBe(src);
  });

  it.each([
    "https://tracker.example/pixel.gif",
    "javascript:alert(1)",
    "data:image/png;base64,AAAA",
    "https://user:pass@foreword.example/api/assets/abc",
    "https://foreword.example/api/assets/abc#x",
    "https://foreword.example/api/assets/abc?track=1",
    "https://foreword.example/api/assets/../sections/x",
    "/api/publications/p1/assets/a1",
    null,
  ])("refuses anything else (%s)", (src) => {
    expect(markdownImageSrc(src)).toBeUndefined();
  });
});
