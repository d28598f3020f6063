/**
 * Generated bad input for the property tests of every route handler, server
 * action and page (server/http/*.int.test.ts): the kinds of values that once
 * made the app answer 500, mixed with real ids and usable fields so that the
 * code behind the first check is reached too.
 */
import fc from "fast-check";

/** Inputs that broke the app before, and their neighbours. */
export const NASTY_STRINGS = [
  "\u0000",
  "x\u0000y",
  "\ud800",
  "\udc00x",
  "a\ud800b",
  "\udbff\udfff", // a valid pair, which must pass as text
  "%00",
  "x%00y",
  "%FF",
  "",
  " ",
  "..",
  "/",
  "\u202etxt",
  "__proto__",
  "constructor",
  "' OR '1'='1",
  "c".repeat(25),
];

/** Single UTF-16 code units, biased towards surrogates and control characters. */
const codeUnit = fc
  .oneof(
    fc.integer({ min: 0xd800, max: 0xdfff }),
    fc.integer({ min: 0, max: 0x1f }),
    fc.integer({ min: 0, max: 0xffff }),
  )
  .map((code) => String.fromCharCode(code));

/** Any string: unicode, NUL, lone surrogates, id look-alikes, and very long ones. */
export const anyString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...NASTY_STRINGS), weight: 3 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 40 }), weight: 2 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }), weight: 2 },
  { arbitrary: fc.string({ unit: codeUnit, maxLength: 40 }), weight: 3 },
  { arbitrary: fc.stringMatching(/^c[0-9a-z]{24}$/), weight: 1 },
  {
    // Past every field limit, and past the 512 KB body limit at the top end.
    arbitrary: fc
      .tuple(fc.integer({ min: 141, max: 300_000 }), fc.constantFrom("x", "é", "\u0000", "😀"))
      .map(([length, unit]) => unit.repeat(length)),
    weight: 1,
  },
);

/** A value of any type where a string is expected: numbers, objects, arrays, null… */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: anyString, weight: 4 },
  { arbitrary: fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null)), weight: 2 },
  { arbitrary: fc.array(anyString, { maxLength: 3 }), weight: 1 },
  { arbitrary: fc.dictionary(anyString, anyString, { maxKeys: 3 }), weight: 1 },
  // Prisma reads an object where it expects an id as a filter: `{}` matches any row.
  { arbitrary: fc.constantFrom({}, { not: "x" }, { contains: "" }, []), weight: 1 },
  { arbitrary: fc.anything({ maxDepth: 2 }), weight: 1 },
);

/** One of the ids `real()` returns when the property runs (they are made in beforeAll). */
const oneOf = (real: () => string[]) => fc.nat().map((n) => real()[n % real().length] ?? "");

/** An id as an action argument: anything at all, or a real one. */
export function idFrom(real: () => string[]): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: anyValue, weight: 3 }, { arbitrary: oneOf(real), weight: 2 });
}

/** An id as a URL segment or query value, which is always a string once Next decodes it. */
export function stringIdFrom(real: () => string[]): fc.Arbitrary<string> {
  return fc.oneof({ arbitrary: anyString, weight: 3 }, { arbitrary: oneOf(real), weight: 2 });
}

const MISSING = Symbol("missing");

/**
 * An object with a route's fields, each usable, anything, or left out (in
 * proportions that let a usable field meet a bad one often); or no object at all.
 */
export function bodyWith(fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<unknown> {
  const record = fc
    .record(
      Object.fromEntries(
        Object.entries(fields).map(([name, usable]) => [
          name,
          fc.oneof(
            { arbitrary: usable, weight: 3 },
            { arbitrary: anyValue, weight: 2 },
            { arbitrary: fc.constant(MISSING), weight: 1 },
          ),
        ]),
      ),
    )
    .map((body) => Object.fromEntries(Object.entries(body).filter(([, v]) => v !== MISSING)));
  return fc.oneof({ arbitrary: record, weight: 4 }, { arbitrary: anyValue, weight: 1 });
}

/** A JSON request body: the value serialised, or text that is not JSON at all. */
export const jsonText = (body: fc.Arbitrary<unknown>): fc.Arbitrary<string> =>
  fc.oneof(
    { arbitrary: body.map((value) => JSON.stringify(value) ?? ""), weight: 5 },
    { arbitrary: fc.string({ unit: codeUnit, maxLength: 20 }), weight: 1 },
  );

/** What a form would post: every string field as text, anything else as a file. */
export function asFormData(value: unknown): FormData {
  const form = new FormData();
  if (value && typeof value === "object") {
    for (const [key, field] of Object.entries(value)) {
      if (typeof field === "string") form.append(key, field);
      else form.append(key, new File([JSON.stringify(field) ?? ""], "field.bin"));
    }
  }
  return form;
}

/** A server action's input as a form posts it (FormData) or a component passes it (an object). */
export const formOrObject = (body: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  fc.oneof(body, body.map(asFormData));
