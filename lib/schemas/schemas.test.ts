import { describe, expect, it } from "vitest";
import { safeCallbackUrl, ZSignInSchema, ZSignUpSchema } from "./auth";
import { ZCreateInitiativeSchema, ZTransitionSectionSchema } from "./initiative";
import { ZCreateInviteSchema, ZUpdateMemberRoleSchema } from "./workspace";
import { LIMITS } from "./limits";
import { isId } from "./ids";
import { isStorableText, UNSTORABLE_TEXT } from "./text";

const fieldErrors = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) =>
  Object.fromEntries(
    (result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]),
  );

describe("sign up", () => {
  const valid = { name: "Ada Lovelace", email: "Ada@Example.com ", password: "correct horse" };

  it("normalises the email and trims the name", () => {
    expect(ZSignUpSchema.parse({ ...valid, name: "  Ada  " })).toMatchObject({
      name: "Ada",
      email: "ada@example.com",
    });
  });
  it("names each bad field", () => {
    const result = ZSignUpSchema.safeParse({ name: " ", email: "not-an-email", password: "short" });
    expect(fieldErrors(result)).toEqual({
      name: "Enter your name",
      email: "Enter a valid email address",
      password: `Use at least ${LIMITS.passwordMin} characters`,
    });
  });
  it("refuses missing fields with a message, not a type error", () => {
    expect(fieldErrors(ZSignUpSchema.safeParse({}))).toMatchObject({
      name: "Enter your name",
      email: "Enter your email address",
    });
  });
  it("refuses overlong input", () => {
    const result = ZSignUpSchema.safeParse({
      ...valid,
      name: "x".repeat(LIMITS.nameMax + 1),
      password: "p".repeat(LIMITS.passwordMax + 1),
    });
    expect(Object.keys(fieldErrors(result)).sort()).toEqual(["name", "password"]);
  });
});

describe("sign in", () => {
  it("needs a password", () => {
    expect(fieldErrors(ZSignInSchema.safeParse({ email: "a@b.co", password: "" }))).toEqual({
      password: "Enter your password",
    });
  });
});

describe("callback URLs", () => {
  const cases: [string | undefined, string][] = [
    ["/w/abc", "/w/abc"],
    ["/invite/t0k3n", "/invite/t0k3n"],
    ["/w/abc?tab=faq#intro", "/w/abc?tab=faq#intro"],
    ["https://evil.example/", "/"],
    ["//evil.example/", "/"],
    ["/\\evil.example", "/"],
    ["/\\/evil.example", "/"],
    ["\\\\evil.example", "/"],
    [undefined, "/"],
    ["", "/"],
    // Browsers drop tabs and newlines from URLs, so these become //evil.example.
    ["/\t/evil.example", "/"],
    ["/\n/evil.example", "/"],
    ["/\r\n/evil.example", "/"],
    ["\t//evil.example", "/"],
    // Dot segments that would leave "//" at the start once resolved.
    ["/.//evil.example", "/"],
    ["/a/..//evil.example", "/"],
    ["javascript:alert(1)", "/"],
    ["JaVaScRiPt:alert(1)", "/"],
    ["data:text/html,<script>alert(1)</script>", "/"],
    ["http:evil.example", "/"],
    ["evil.example", "/"],
    // Same-site paths that only look alarming stay same-site, encoded.
    ["/%2F%2Fevil.example", "/%2F%2Fevil.example"],
    ["/\u3000/evil.example", "/%E3%80%80/evil.example"],
    ["/w/\u0000x", "/w/%00x"],
    ["/w/a b", "/w/a%20b"],
    ["/w/abc\n", "/w/abc"],
    ["/" + "a".repeat(LIMITS.callbackUrlMax), "/"],
    ["/\u3000".repeat(LIMITS.callbackUrlMax / 4), "/"],
  ];
  it.each(
    cases.map(([input, expected]) => ({
      name: JSON.stringify(input)?.slice(0, 40),
      input,
      expected,
    })),
  )("$name → $expected", ({ input, expected }) => {
    expect(safeCallbackUrl(input)).toBe(expected);
  });

  it("falls back to the given default", () => {
    expect(safeCallbackUrl("//evil.example", "/w/abc")).toBe("/w/abc");
  });

  // Whatever it returns goes into a Location header and a browser's URL bar.
  it("never returns a control character, a non-ASCII one, or a path starting with // or /\\", () => {
    const nasty = [
      "\t",
      "\n",
      "\r",
      "\u0000",
      "\u001f",
      "\u007f",
      "\u3000",
      "\u2028",
      "\\",
      "/",
      ".",
      "%",
      "?",
      "#",
      " ",
      "a",
    ];
    for (const a of nasty) {
      for (const b of nasty) {
        for (const c of nasty) {
          const result = safeCallbackUrl(`/${a}${b}${c}evil`);
          expect(result).toMatch(/^\/(?![/\\])[\x21-\x7e]*$|^\/$/);
          expect(new URL(result, "https://app.example").origin).toBe("https://app.example");
        }
      }
    }
  });
});

describe("initiatives", () => {
  it("trims and accepts a title and customer", () => {
    expect(ZCreateInitiativeSchema.parse({ title: " Refunds ", customer: " Shoppers " })).toEqual({
      title: "Refunds",
      customer: "Shoppers",
    });
  });
  it("refuses a missing or blank title and an oversized one", () => {
    expect(fieldErrors(ZCreateInitiativeSchema.safeParse({ customer: "x" }))).toEqual({
      title: "Give the initiative a title",
    });
    expect(fieldErrors(ZCreateInitiativeSchema.safeParse({ title: "   ", customer: "x" }))).toEqual(
      { title: "Give the initiative a title" },
    );
    expect(
      fieldErrors(
        ZCreateInitiativeSchema.safeParse({
          title: "t".repeat(LIMITS.titleMax + 1),
          customer: "x",
        }),
      ),
    ).toHaveProperty("title");
  });
  it("knows only the stage actions", () => {
    expect(ZTransitionSectionSchema.safeParse({ action: "complete" }).success).toBe(true);
    expect(ZTransitionSectionSchema.safeParse({ action: "publish" }).success).toBe(false);
  });
});

describe("members", () => {
  it("validates invites", () => {
    expect(ZCreateInviteSchema.parse({ email: " Bob@Example.COM", role: "REVIEWER" })).toEqual({
      email: "bob@example.com",
      role: "REVIEWER",
    });
    expect(fieldErrors(ZCreateInviteSchema.safeParse({ email: "bob", role: "ADMIN" }))).toEqual({
      email: "Enter a valid email address",
      role: "Choose a role",
    });
  });
  it("validates role changes", () => {
    expect(ZUpdateMemberRoleSchema.safeParse({ role: "VIEWER" }).success).toBe(true);
    expect(ZUpdateMemberRoleSchema.safeParse({ role: "owner" }).success).toBe(false);
  });
});

describe("text fields", () => {
  it.each(["Refunds", "Café ☕", "😀 at the counter", "\udbff\udfff", "", "tab\there"])(
    "accept %j",
    (value) => expect(isStorableText(value)).toBe(true),
  );
  it.each(["\u0000", "a\u0000b", "\ud800", "x\ud800", "\udc00x", "\udc00\ud800", "😀\ud83d"])(
    "refuse %j (NUL or a lone surrogate)",
    (value) => expect(isStorableText(value)).toBe(false),
  );
  it("name the field in every schema that takes free text", () => {
    const bad = "a\u0000b";
    expect(
      fieldErrors(ZCreateInitiativeSchema.safeParse({ title: bad, customer: "\ud800" })),
    ).toEqual({ title: UNSTORABLE_TEXT, customer: UNSTORABLE_TEXT });
    expect(
      fieldErrors(
        ZSignUpSchema.safeParse({ name: bad, email: "a@b.co", password: `${bad}-long-enough` }),
      ),
    ).toEqual({ name: UNSTORABLE_TEXT, password: UNSTORABLE_TEXT });
  });
});

describe("ids", () => {
  it("accept the shape Prisma's cuid() makes", () => {
    expect(isId("cmbx0q1z20000a1b2c3d4e5f6")).toBe(true);
  });
  it.each([
    "",
    "\u0000",
    "x\u0000y",
    "%00",
    "CMBX0Q1Z20000A1B2C3D4E5F6",
    "c".repeat(26),
    42,
    {},
    [],
    null,
  ])("refuse %j", (value) => expect(isId(value)).toBe(false));
});
