import { describe, expect, it } from "vitest";
import { editorSchema } from "../document";

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
