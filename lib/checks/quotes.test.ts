import { describe, expect, it } from "vitest";
import { findQuotations } from "./quotes";

describe("findQuotations", () => {
  it.each([
    ['"Refunds used to take a week," said Jane Doe, VP of Payments.', true],
    ["“Nobody wants to wait for their money,” says Ana Ruiz, Head of Stores.", true],
    ['Maria Lopez, CEO of Shop Co., said: "We built this for people who wait."', true],
    ["According to Sam Lee, co-founder, “nobody should wait for their money.”", true],
    ["“We did this for you all.” — Jane Doe, Founder", true],
    ["„Das ist ein guter Tag,“ said Jonas Weber, Director of Retail.", true],
    ["“Now I leave with my money,” said Tom Reyes, a nurse from Tacoma.", false],
    ["«It took two taps and that was it,» says Priya, a shopper in Leeds.", false],
    ['"It is fast and simple," said a shopper in Leeds.', false],
    ['Tom Reyes said, "I never gave it another thought."', false],
  ])("attributes %j (leader: %s)", (text, byLeader) => {
    const [quotation] = findQuotations(text);
    expect(quotation?.attribution).toBeTruthy();
    expect(quotation?.byLeader).toBe(byLeader);
  });

  it("finds the attribution on the line under the quote", () => {
    const [quotation] = findQuotations(
      "“We wanted refunds to feel instant.”",
      "— Jane Doe, VP of Payments",
    );
    expect(quotation).toMatchObject({ attribution: "— Jane Doe", byLeader: true });
  });

  it.each([
    ['"I love it so much," she said.'],
    ['"I love it so much," said the company.'],
    ['"I love it so much."'],
    ['"I love it so much" — and so do we.'],
  ])("leaves %j unattributed", (text) => {
    const [quotation] = findQuotations(text);
    expect(quotation?.words).toBeTruthy();
    expect(quotation?.attribution).toBeUndefined();
  });

  it("ignores scare quotes and apostrophes", () => {
    expect(findQuotations('It is "instant" now, said Jane Doe.')).toEqual([]);
    expect(findQuotations("It’s Tom’s card, said Jane Doe.")).toEqual([]);
  });

  it("attributes each of several quotes by the words beside it", () => {
    const quotations = findQuotations(
      "“We wanted this for years,” said Jane Doe, CEO. “It just works now,” said Tom Reyes, a shopper.",
    );
    expect(quotations.map((quotation) => quotation.byLeader)).toEqual([true, false]);
  });

  it("does not take a job mentioned in passing for a title", () => {
    const [quotation] = findQuotations(
      "“I take the lead at home,” said Tom Reyes, a father of two.",
    );
    expect(quotation?.byLeader).toBe(false);
  });
});
