import { describe, expect, it } from "vitest";
import type { JSONContent } from "@tiptap/core";
import { EditorState, NodeSelection, TextSelection } from "@tiptap/pm/state";
import { editorSchema } from "@/editor/document";
import { firstCharacter, type KeyPress } from "./first-character";

const key = (char: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({
  charCode: char.charCodeAt(0),
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  isComposing: false,
  ...modifiers,
});

const paragraph = (text?: string): JSONContent =>
  text ? { type: "paragraph", content: [{ type: "text", text }] } : { type: "paragraph" };

/** A document of `blocks`, the cursor at `offset` in block `index`. */
function stateIn(blocks: JSONContent[], index: number, offset = 0) {
  const doc = editorSchema().nodeFromJSON({ type: "doc", content: blocks });
  let pos = 0;
  for (let i = 0; i < index; i++) pos += doc.child(i).nodeSize;
  return EditorState.create({ doc, selection: TextSelection.create(doc, pos + 1 + offset) });
}

describe("firstCharacter", () => {
  it("types the first character of an empty paragraph", () => {
    expect(firstCharacter(stateIn([paragraph("Intro"), paragraph()], 1), key("M"))).toBe("M");
    expect(firstCharacter(stateIn([paragraph()], 0), key("/"))).toBe("/");
  });

  it("types the first character of an empty heading and FAQ question", () => {
    const heading = { type: "heading", attrs: { level: 2 } };
    expect(firstCharacter(stateIn([heading], 0), key("H"))).toBe("H");
    const entry = {
      type: "faqEntry",
      content: [{ type: "faqQuestion" }, { type: "faqAnswer", content: [paragraph()] }],
    };
    // Inside the entry: +1 into its question.
    expect(firstCharacter(stateIn([entry], 0, 1), key("W"))).toBe("W");
  });

  it("leaves a block that holds text to the browser", () => {
    expect(firstCharacter(stateIn([paragraph("More")], 0, 4), key("s"))).toBeNull();
    expect(firstCharacter(stateIn([paragraph("More")], 0, 0), key("s"))).toBeNull();
  });

  it("leaves shortcuts, Enter and compositions to the browser", () => {
    const state = stateIn([paragraph()], 0);
    expect(firstCharacter(state, key("b", { ctrlKey: true }))).toBeNull();
    expect(firstCharacter(state, key("b", { metaKey: true }))).toBeNull();
    expect(firstCharacter(state, key("\r"))).toBeNull();
    expect(firstCharacter(state, key("a", { isComposing: true }))).toBeNull();
    expect(firstCharacter(state, { ...key("a"), charCode: 0 })).toBeNull();
  });

  it("types AltGr characters (Ctrl+Alt on Windows)", () => {
    expect(
      firstCharacter(stateIn([paragraph()], 0), key("€", { ctrlKey: true, altKey: true })),
    ).toBe("€");
  });

  it("leaves a selection to the browser", () => {
    const state = stateIn([paragraph("Word"), paragraph()], 0);
    const ranged = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 1, 5)));
    expect(firstCharacter(ranged, key("x"))).toBeNull();
    const node = state.apply(state.tr.setSelection(NodeSelection.create(state.doc, 0)));
    expect(firstCharacter(node, key("x"))).toBeNull();
  });
});
