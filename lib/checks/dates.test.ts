import { describe, expect, it } from "vitest";
import { parseDateline } from "./dates";

describe("parseDateline", () => {
  it.each([
    ["SEATTLE, May 4, 2027 — Shop Co. today launched", "SEATTLE", "May 4, 2027"],
    ["Berlin, 4 May 2027 – Heute startet", "Berlin", "4 May 2027"],
    ["London, UK, 2027-05-04: We launch", "London, UK", "2027-05-04"],
    [
      "SAN FRANCISCO, Calif., Sept. 4th 2027 - We launch",
      "SAN FRANCISCO, Calif.",
      "Sept. 4th 2027",
    ],
    [
      "Rio de Janeiro, Tuesday, 4th of May, 2027: We launch",
      "Rio de Janeiro",
      "Tuesday, 4th of May, 2027",
    ],
    ["NEW YORK, MAY 4, 2027 — We launch", "NEW YORK", "MAY 4, 2027"],
    ["Seattle May 4 2027 We launch", "Seattle", "May 4 2027"],
    ["St. Louis, Dec. 1, 2027 — We launch", "St. Louis", "Dec. 1, 2027"],
    ["The Hague, 29 February 2028 — We launch", "The Hague", "29 February 2028"],
    ["München, 1 Jan 2028 — We launch", "München", "1 Jan 2028"],
  ])("reads %j", (text, place, date) => {
    expect(parseDateline(text)).toMatchObject({ place, date, rest: expect.any(String) });
  });

  it("keeps the text after the dateline, without its separator", () => {
    expect(parseDateline("SEATTLE, May 4, 2027 — Shop Co. today launched")?.rest).toBe(
      "Shop Co. today launched",
    );
    expect(parseDateline("SEATTLE, May 4, 2027")?.rest).toBe("");
  });

  it.each([
    ["no place", "May 4, 2027 — We launch"],
    ["a sentence opener for a place", "Today, May 4, 2027 — we launch"],
    ["a weekday for a place", "Tuesday, May 4, 2027 — we launch"],
    ["a lower-case place", "seattle, May 4, 2027 — we launch"],
    ["a date later in the sentence", "We launched in Seattle on May 4, 2027."],
    ["a day that does not exist", "Seattle, May 32, 2027 — we launch"],
    ["February 29th in a common year", "The Hague, 2027-02-29 — we launch"],
    ["an ISO month 13", "Seattle, 2027-13-01 — we launch"],
    ["a month without a day", "Seattle, May 2027 — we launch"],
    ["a date without a year", "Seattle, May 4 — we launch"],
    ["digits run on after the year", "Seattle, May 4, 20271 we launch"],
    ["an empty line", ""],
  ])("rejects %s", (_, text) => {
    expect(parseDateline(text)).toBeUndefined();
  });
});
