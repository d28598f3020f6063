import { describe, expect, it } from "vitest";
import { CARET_MARGIN, insideAll } from "./caret-in-view";

const page = { top: 0, left: 0, bottom: 800, right: 1200 };
const caret = (top: number, left = 100) => ({ top, bottom: top + 20, left, right: left + 1 });

describe("insideAll", () => {
  it("keeps a caret well inside the window where it is", () => {
    expect(insideAll(caret(400), [page])).toBe(true);
  });

  it("lets ProseMirror scroll a caret near or past an edge", () => {
    expect(insideAll(caret(CARET_MARGIN - 1), [page])).toBe(false);
    expect(insideAll(caret(CARET_MARGIN), [page])).toBe(true);
    expect(insideAll(caret(800 - CARET_MARGIN - 20), [page])).toBe(true);
    expect(insideAll(caret(800 - CARET_MARGIN - 19), [page])).toBe(false);
    expect(insideAll(caret(-40), [page])).toBe(false);
    expect(insideAll(caret(900), [page])).toBe(false);
    expect(insideAll(caret(400, 1300), [page])).toBe(false);
  });

  it("needs the caret inside every box that scrolls around the editor too", () => {
    const panel = { top: 100, left: 0, bottom: 300, right: 600 };
    expect(insideAll(caret(200), [page, panel])).toBe(true);
    expect(insideAll(caret(400), [page, panel])).toBe(false);
  });
});
