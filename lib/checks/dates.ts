/**
 * The dateline a press release opens with: "SEATTLE, May 4, 2027 — …",
 * "Berlin, 4 May 2027 – …", "London, UK, 2027-05-04: …".
 *
 * The rule, liberal about style and strict about substance:
 * - a place: one to four capitalised words ("SEATTLE", "New York", "St. Louis",
 *   "Rio de Janeiro": lower-case linking words are allowed between them),
 *   optionally followed by a region after a comma ("Austin, Texas", "Seattle, WA");
 *   words that open ordinary sentences ("Today", "On", "We", weekdays, months)
 *   are not places, so "Today, May 4, 2027" is not a dateline;
 * - then, after a comma, dash or space, a date with a day, a month and a year:
 *   "May 4, 2027", "Sept. 4th 2027", "4 May 2027", "4th of May, 2027", or
 *   ISO "2027-05-04", optionally after a weekday ("Tuesday, May 4, 2027");
 *   the day must exist in that month (no "May 32");
 * - then a separator (dash, colon, comma) or at least a space before the text.
 * Month names are matched in any case ("MAY 4, 2027"). A date without a day
 * ("May 2027") is not a launch date: the release announces a day.
 */

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** `pattern` matching in any case; the place name's capitals must stay significant, so no `i` flag. */
const anyCase = (pattern: string) =>
  pattern.replace(/[a-z]/g, (letter) => `[${letter}${letter.toUpperCase()}]`);

const MONTH = `(?<month>${anyCase(
  "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?",
)})\\.?`;
const DAY = `(?<day>[0-3]?\\d)(?:${anyCase("st|nd|rd|th")})?`;
const YEAR = "(?<year>\\d{4})";
const WEEKDAY = `(?:(?:${anyCase("mon|tues|wednes|thurs|fri|satur|sun")})${anyCase("day")},?\\s+)?`;

/** The three date shapes, each a separate pattern so they can name their groups alike. */
const DATES = [
  `${WEEKDAY}${MONTH}\\s+${DAY},?\\s+${YEAR}`,
  `${WEEKDAY}${DAY}\\.?\\s+(?:${anyCase("of")}\\s+)?${MONTH},?\\s+${YEAR}`,
  "(?<iso>\\d{4}-\\d{2}-\\d{2})",
];

const WORD = "\\p{Lu}[\\p{L}\\p{M}'’.-]*";
const LINK = "(?:de|del|da|do|dos|di|du|des|la|le|les|am|an|upon|on|of|sur|van|von|der|den|el|al)";
const NAME = `${WORD}(?:\\s+(?:${LINK}\\s+)?${WORD}){0,3}`;
// The region after a comma ("Austin, Texas") is not a weekday that opens the date.
const PLACE = `(?<place>${NAME}(?:,\\s*(?!${anyCase("(?:mon|tues|wednes|thurs|fri|satur|sun)day")})${WORD}(?:\\s+${WORD})?)?)`;
// The text may be missing ("SEATTLE, May 4, 2027" alone): the check says so, not "no dateline".
const AFTER = "(?:\\s*[—–:,-]+\\s*|\\s+|$)(?<rest>[\\s\\S]*)$";

const DATELINES = DATES.map(
  (date) => new RegExp(`^\\s*${PLACE}\\s*[,—–-]?\\s*(?<date>${date})${AFTER}`, "u"),
);

/** Capitalised words that start sentences, not place names. */
const NOT_PLACES = new Set(
  [
    "today",
    "tomorrow",
    "yesterday",
    "tonight",
    "on",
    "in",
    "at",
    "by",
    "as",
    "from",
    "since",
    "until",
    "starting",
    "beginning",
    "from",
    "this",
    "next",
    "last",
    "we",
    "our",
    "it",
    "they",
    "announced",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    ...Object.keys(MONTHS),
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
  ].map((word) => word.toLowerCase()),
);

/** A dateline's parts, as written. */
export type Dateline = { place: string; date: string; rest: string };

function daysIn(month: number, year: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function validDate(groups: Record<string, string | undefined>): boolean {
  let day: number, month: number, year: number;
  if (groups.iso) {
    [year, month, day] = groups.iso.split("-").map(Number) as [number, number, number];
  } else {
    const name = (groups.month ?? "").toLowerCase();
    month = MONTHS[name.slice(0, name.startsWith("sept") ? 4 : 3)] ?? 0;
    day = Number(groups.day);
    year = Number(groups.year);
  }
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(month, year);
}

/** The dateline `text` opens with, or undefined when it opens with anything else. */
export function parseDateline(text: string): Dateline | undefined {
  for (const pattern of DATELINES) {
    const match = pattern.exec(text);
    const groups = match?.groups;
    if (!match || !groups?.place || !groups.date) continue;
    const first =
      groups.place
        .split(/[\s,]+/)[0]
        ?.replace(/[.,]$/, "")
        .toLowerCase() ?? "";
    if (NOT_PLACES.has(first) || !validDate(groups)) continue;
    return {
      place: groups.place.trim(),
      date: groups.date.trim(),
      rest: (groups.rest ?? "").trim(),
    };
  }
  return undefined;
}
