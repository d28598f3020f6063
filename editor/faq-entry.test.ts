import { describe, expect, it } from "vitest";
import type { JSONContent } from "@tiptap/core";
import { EditorState, TextSelection, type Transaction } from "@tiptap/pm/state";
import { editorSchema, hasWrittenContent, jsonYDoc, snapshotOf } from "./document";
import { promptFor, templateDocument } from "./templates";
import {
  backspaceAtAnswerStart,
  backspaceAtQuestionStart,
  deleteAtQuestionEnd,
  enterAtAnswerEnd,
  enterInQuestion,
  insertFaqEntry,
} from "./faq-entry-commands";

const text = (value: string) => ({ type: "text", text: value });
const p = (value?: string) =>
  value ? { type: "paragraph", content: [text(value)] } : { type: "paragraph" };
const h = (level: number, value: string) => ({
  type: "heading",
  attrs: { level, part: null },
  content: [text(value)],
});
const entry = (question: string, ...answer: JSONContent[]) => ({
  type: "faqEntry",
  content: [
    question ? { type: "faqQuestion", content: [text(question)] } : { type: "faqQuestion" },
    { type: "faqAnswer", content: answer.length ? answer : [p()] },
  ],
});
const doc = (...content: JSONContent[]) => ({ type: "doc", content });

/** The document after a Yjs round trip: what the collab server stores and serves. */
const throughYjs = (json: JSONContent) => snapshotOf(jsonYDoc(json)).json;

describe("FAQ entries in the schema", () => {
  it("survive the Yjs round trip unchanged", () => {
    const json = doc(
      h(2, "External FAQ"),
      entry("Who is it for?", p("Shoppers."), {
        type: "bulletList",
        content: [{ type: "listItem", content: [p("In store")] }],
      }),
      entry(""),
    );
    expect(throughYjs(json)).toEqual(json);
  });

  it("render as a section with a level-3 question, and parse back from it before plain headings", () => {
    const schema = editorSchema();
    const node = schema.nodeFromJSON(doc(entry("Why now?", p("Because."))));
    // The DOM spec, checked without a DOM: tag, attributes, content hole.
    expect(schema.nodes.faqEntry!.spec.toDOM!(node.child(0))).toEqual([
      "section",
      { "data-type": "faq-entry" },
      0,
    ]);
    expect(schema.nodes.faqQuestion!.spec.toDOM!(node.child(0).child(0))).toEqual([
      "h3",
      { "data-type": "faq-question" },
      0,
    ]);
    expect(schema.nodes.faqAnswer!.spec.toDOM!(node.child(0).child(1))).toEqual([
      "div",
      { "data-type": "faq-answer" },
      0,
    ]);
    // The question is matched before the plain h3 rule of headings.
    const rules = schema.spec.nodes.get("faqQuestion")?.parseDOM ?? [];
    expect(rules[0]).toMatchObject({ tag: 'h3[data-type="faq-question"]', priority: 60 });
  });

  it("answers hold blocks but no headings or nested entries", () => {
    const schema = editorSchema();
    const withAnswer = (...answer: JSONContent[]) =>
      doc({
        type: "faqEntry",
        content: [
          { type: "faqQuestion", content: [text("Q?")] },
          { type: "faqAnswer", content: answer },
        ],
      });
    expect(() => schema.nodeFromJSON(withAnswer(p("Fine"))).check()).not.toThrow();
    expect(() => schema.nodeFromJSON(withAnswer(h(3, "x"))).check()).toThrow();
    expect(() => schema.nodeFromJSON(withAnswer(entry("Inner?"))).check()).toThrow();
  });

  it("count as written content only when something is written", () => {
    expect(hasWrittenContent(doc(entry("")))).toBe(false);
    expect(hasWrittenContent(doc(entry("Who is it for?")))).toBe(true);
  });
});

describe("FAQ documents written before FAQ entries", () => {
  // The old template: two headings, questions as paragraphs or h3 headings, answers as paragraphs.
  const legacy = doc(
    {
      type: "heading",
      attrs: { level: 2, part: "external" },
      content: [text("Customer questions")],
    },
    p("Who is it for?"),
    p("Shoppers returning an item in store."),
    h(3, "Do I need the receipt?"),
    p("No: the cashier finds the purchase from your card."),
    {
      type: "heading",
      attrs: { level: 2, part: "internal" },
      content: [text("Internal questions")],
    },
    h(3, "What does it cost?"),
    p("About $2M in the first year."),
    p(),
  );

  it("open unchanged", () => {
    expect(throughYjs(legacy)).toEqual(legacy);
  });
});

/** An editor state with the cursor at `offset` inside the `nth` node named `name`. */
function stateAt(json: JSONContent, name: string, nth = 0, offset: number | "end" = 0) {
  const node = editorSchema().nodeFromJSON(json);
  let found: number | undefined;
  let seen = 0;
  node.descendants((child, pos) => {
    if (found !== undefined) return false;
    if (child.type.name === name && seen++ === nth) {
      found = pos + 1 + (offset === "end" ? child.content.size : offset);
    }
    return true;
  });
  if (found === undefined) throw new Error(`no ${name} #${nth}`);
  return EditorState.create({
    doc: node,
    selection: TextSelection.create(node, found),
  });
}

/** Runs a command; returns whether it applied, the document, and the cursor's parent and offset. */
function run(state: EditorState, command: (tr: Transaction) => boolean) {
  const tr = state.tr;
  const applied = command(tr);
  const next = state.apply(tr);
  const { $from } = next.selection;
  return {
    applied,
    changed: tr.docChanged,
    json: next.doc.toJSON() as JSONContent,
    cursorIn: $from.parent.type.name,
    cursorText: $from.parent.textContent,
    offset: $from.parentOffset,
    topIndex: $from.index(0),
  };
}

describe("inserting an FAQ entry", () => {
  it("turns an empty line into an entry, cursor in its question", () => {
    const result = run(stateAt(doc(h(2, "External FAQ"), p()), "paragraph"), insertFaqEntry);
    expect(result.json).toEqual(doc(h(2, "External FAQ"), entry("")));
    expect(result.cursorIn).toBe("faqQuestion");
  });

  it("goes after a line with text, and after the entry the cursor is in", () => {
    const written = run(stateAt(doc(p("Intro")), "paragraph", 0, "end"), insertFaqEntry);
    expect(written.json).toEqual(doc(p("Intro"), entry("")));
    const inAnswer = run(stateAt(doc(entry("Q?", p("A"))), "paragraph", 0, "end"), insertFaqEntry);
    expect(inAnswer.json).toEqual(doc(entry("Q?", p("A")), entry("")));
    expect(inAnswer.cursorIn).toBe("faqQuestion");
    expect(inAnswer.topIndex).toBe(1);
  });

  it("drops the empty last line of an answer the menu was opened on", () => {
    const state = stateAt(doc(entry("Q?", p("A"), p())), "paragraph", 1);
    const result = run(state, insertFaqEntry);
    expect(result.json).toEqual(doc(entry("Q?", p("A")), entry("")));
    expect(result.cursorIn).toBe("faqQuestion");
  });
});

describe("Enter", () => {
  it("at the end of a question moves into the empty answer", () => {
    const result = run(stateAt(doc(entry("Who?")), "faqQuestion", 0, "end"), enterInQuestion);
    expect(result.json).toEqual(doc(entry("Who?")));
    expect(result.cursorIn).toBe("paragraph");
    expect(result.changed).toBe(false);
  });

  it("in a question opens a line at the top of an answer that has text", () => {
    const result = run(
      stateAt(doc(entry("Who?", p("Shoppers."))), "faqQuestion", 0, 2),
      enterInQuestion,
    );
    expect(result.json).toEqual(doc(entry("Who?", p(), p("Shoppers."))));
    expect(result.cursorIn).toBe("paragraph");
    expect(result.cursorText).toBe("");
  });

  it("in an entry with nothing written leaves it: the entry becomes a paragraph", () => {
    const result = run(stateAt(doc(p("Before"), entry("")), "faqQuestion"), enterInQuestion);
    expect(result.json).toEqual(doc(p("Before"), p()));
    expect(result.cursorIn).toBe("paragraph");
  });

  it("on an empty last line of an answer starts the next entry", () => {
    const state = stateAt(doc(entry("Who?", p("Shoppers."), p()), p("After")), "paragraph", 1);
    const result = run(state, enterAtAnswerEnd);
    expect(result.json).toEqual(doc(entry("Who?", p("Shoppers.")), entry(""), p("After")));
    expect(result.cursorIn).toBe("faqQuestion");
    expect(result.topIndex).toBe(1);
  });

  it("elsewhere in an answer is left to the usual keys", () => {
    expect(
      run(stateAt(doc(entry("Who?", p("A"))), "paragraph", 0, "end"), enterAtAnswerEnd).applied,
    ).toBe(false);
    expect(
      run(stateAt(doc(entry("Who?", p(), p("A"))), "paragraph", 0), enterAtAnswerEnd).applied,
    ).toBe(false);
    expect(run(stateAt(doc(p()), "paragraph"), enterAtAnswerEnd).applied).toBe(false);
  });
});

describe("Backspace and Delete", () => {
  it("at the start of an empty entry's question turn it into a paragraph", () => {
    const result = run(
      stateAt(doc(p("Before"), entry("")), "faqQuestion"),
      backspaceAtQuestionStart,
    );
    expect(result.json).toEqual(doc(p("Before"), p()));
  });

  it("at the start of a question with an answer destroy nothing", () => {
    const json = doc(p("Before"), entry("", p("An answer")));
    const result = run(stateAt(json, "faqQuestion"), backspaceAtQuestionStart);
    expect(result.applied).toBe(true);
    expect(result.json).toEqual(json);
    const withText = doc(entry("Who?", p("An answer")));
    expect(run(stateAt(withText, "faqQuestion"), backspaceAtQuestionStart).json).toEqual(withText);
  });

  it("at the start of an answer go back to the question's end, never merging", () => {
    const json = doc(entry("Who?", p("Shoppers.")));
    const result = run(stateAt(json, "paragraph"), backspaceAtAnswerStart);
    expect(result.json).toEqual(json);
    expect(result.cursorIn).toBe("faqQuestion");
    expect(result.offset).toBe(4);
    const emptyFirst = run(
      stateAt(doc(entry("Who?", p(), p("A"))), "paragraph"),
      backspaceAtAnswerStart,
    );
    expect(emptyFirst.json).toEqual(doc(entry("Who?", p("A"))));
  });

  it("at the end of a question does nothing", () => {
    const json = doc(entry("Who?", p("A")));
    const result = run(stateAt(json, "faqQuestion", 0, "end"), deleteAtQuestionEnd);
    expect(result.applied).toBe(true);
    expect(result.json).toEqual(json);
  });
});

describe("the FAQ template", () => {
  it("asks for questions in entries, not in stray paragraphs", () => {
    expect(promptFor("FAQ", "External FAQ", "faqEntry")).toMatch(/customer/);
    expect(promptFor("FAQ", "Internal FAQ", "faqEntry")).toMatch(/cost, risks/);
    expect(promptFor("FAQ", "External FAQ")).toBeUndefined();
    expect(promptFor("PRESS_RELEASE", "Headline", "faqEntry")).toBeUndefined();
  });

  it("seeds two parts, each heading followed by one empty entry, then a paragraph", () => {
    expect(templateDocument("FAQ").content.map((node) => node.type)).toEqual([
      "heading",
      "faqEntry",
      "heading",
      "faqEntry",
      // The editor adds a paragraph after a last entry; the template has it already.
      "paragraph",
    ]);
    expect(throughYjs(templateDocument("FAQ"))).toEqual(templateDocument("FAQ"));
  });
});
