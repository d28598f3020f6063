import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  bodyText,
  fromDraft,
  insertMention,
  matchesMentionQuery,
  mentionQueryAt,
  mentionedUserIds,
  parseBody,
  serializeMention,
  toDraft,
} from "./mentions";

const ADA = { userId: "c000000000000000000000ada", name: "Ada Lovelace" };
const GRACE = { userId: "c0000000000000000000grace", name: "Grace [ops] Hopper\\" };

describe("mentions in a comment body", () => {
  it("parse between text", () => {
    const body = `Thanks ${serializeMention(ADA)}, see ${serializeMention(ADA)}!`;
    expect(parseBody(body)).toEqual([
      { kind: "text", text: "Thanks " },
      { kind: "mention", ...ADA },
      { kind: "text", text: ", see " },
      { kind: "mention", ...ADA },
      { kind: "text", text: "!" },
    ]);
    expect(mentionedUserIds(body)).toEqual([ADA.userId]);
    expect(bodyText(body)).toBe("Thanks @Ada Lovelace, see @Ada Lovelace!");
  });

  it("keep brackets and backslashes in names", () => {
    const body = serializeMention(GRACE);
    expect(body).toBe("@[Grace [ops\\] Hopper\\\\](c0000000000000000000grace)");
    expect(parseBody(body)).toEqual([{ kind: "mention", ...GRACE }]);
  });

  it("read anything that is not a whole mention as text", () => {
    for (const text of [
      "@[Ada](not-an-id)",
      "@[Ada](c000000000000000000000ada",
      "@[Ada]c000000000000000000000ada)",
      "@[](c000000000000000000000ada)",
      "@[Ada\nLovelace](c000000000000000000000ada)",
      "@[Ada",
      "email me @ home [or not](here)",
      "@",
      "@[",
      "\\",
    ]) {
      expect(parseBody(text)).toEqual([{ kind: "text", text }]);
      expect(mentionedUserIds(text)).toEqual([]);
    }
  });

  it("survive any name, round trip", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((name) => name.trim() !== "" && !name.includes("\n")),
        fc.string(),
        (name, after) => {
          const mention = { userId: ADA.userId, name };
          const segments = parseBody(`x ${serializeMention(mention)}${after}`);
          expect(segments[1]).toEqual({ kind: "mention", ...mention });
        },
      ),
    );
  });
});

describe("the composer's drafts", () => {
  it("turn chosen @Names into mentions, longest first, and leave other text alone", () => {
    const ada = { userId: ADA.userId, name: "Ada" };
    const draft = {
      text: "@Ada Lovelace and @Ada, not @Adam or ada@example.com",
      mentions: [ada, ADA],
    };
    const body = fromDraft(draft);
    expect(parseBody(body)).toEqual([
      { kind: "mention", ...ADA },
      { kind: "text", text: " and " },
      { kind: "mention", ...ada },
      { kind: "text", text: ", not @Adam or ada@example.com" },
    ]);
  });

  it("round-trip a stored body", () => {
    const body = `Hi ${serializeMention(GRACE)} and ${serializeMention(ADA)}.`;
    expect(toDraft(body)).toEqual({
      text: "Hi @Grace [ops] Hopper\\ and @Ada Lovelace.",
      mentions: [GRACE, ADA],
    });
    expect(fromDraft(toDraft(body))).toBe(body);
  });

  it("follow the @query being typed", () => {
    expect(mentionQueryAt("Hi @Ad", 6)).toEqual({ start: 3, query: "Ad" });
    expect(mentionQueryAt("@", 1)).toEqual({ start: 0, query: "" });
    expect(mentionQueryAt("(@Ada Lo", 8)).toEqual({ start: 1, query: "Ada Lo" });
    expect(mentionQueryAt("ada@example", 11)).toBeNull();
    expect(mentionQueryAt("@Ada\nnext", 9)).toBeNull();
    expect(mentionQueryAt("@ Ada", 5)).toBeNull();
    expect(mentionQueryAt("no at here", 10)).toBeNull();
  });

  it("stop at a mention already chosen, and follow a new one after it", () => {
    const text = "Yes, @Olivia Owner ";
    expect(mentionQueryAt(text, text.length, ["Olivia Owner"])).toBeNull();
    expect(mentionQueryAt(`${text}gift`, text.length + 4, ["Olivia Owner"])).toBeNull();
    // Not chosen (typed out by hand): still a query, which the list may complete.
    expect(mentionQueryAt(text, text.length)).toEqual({ start: 5, query: "Olivia Owner " });
    const next = `${text}and @Ra`;
    expect(mentionQueryAt(next, next.length, ["Olivia Owner"])).toEqual({
      start: text.length + 4,
      query: "Ra",
    });
  });

  it("insert the chosen name in place of the query", () => {
    expect(insertMention("Hi @Ad, thanks", { start: 3, caret: 6 }, "Ada Lovelace")).toEqual({
      text: "Hi @Ada Lovelace , thanks",
      caret: 17,
    });
  });

  it("match members by a word of their name or the start of their email", () => {
    const member = { name: "Ada Lovelace", email: "countess@example.com" };
    expect(matchesMentionQuery(member, "")).toBe(true);
    expect(matchesMentionQuery(member, "ada")).toBe(true);
    expect(matchesMentionQuery(member, "Love")).toBe(true);
    expect(matchesMentionQuery(member, "ada lo")).toBe(true);
    expect(matchesMentionQuery(member, "count")).toBe(true);
    expect(matchesMentionQuery(member, "grace")).toBe(false);
  });
});
