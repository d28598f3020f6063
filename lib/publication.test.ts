import { describe, expect, it } from "vitest";
import { exportFileName, publicationPath, sharePath } from "./publication";

describe("export file names", () => {
  it("are the initiative's title in lower case with hyphens", () => {
    expect(exportFileName("Instant refunds: at the counter!", "md")).toBe(
      "instant-refunds-at-the-counter.md",
    );
    expect(exportFileName("Café crème", "pdf")).toBe("cafe-creme.pdf");
    expect(exportFileName("<script>", "md")).toBe("script.md");
    expect(exportFileName("!!!", "md")).toBe("document.md");
  });

  it("never end in a hyphen when a long title is cut", () => {
    const title = `${"a".repeat(79)} ${"b".repeat(20)}`;
    expect(exportFileName(title, "md")).toBe(`${"a".repeat(79)}.md`);
  });
});

describe("reader paths", () => {
  it("name the latest or a version", () => {
    expect(publicationPath("i1")).toBe("/p/i1");
    expect(publicationPath("i1", 2)).toBe("/p/i1/v/2");
    expect(sharePath("t")).toBe("/s/t");
  });
});
