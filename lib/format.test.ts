import { describe, expect, it } from "vitest";
import { inSentence } from "./format";
import { STAGES, STAGE_INFO } from "./stages";

describe("inSentence", () => {
  it("lower-cases a stage's label but keeps an acronym", () => {
    expect(STAGES.map((stage) => inSentence(STAGE_INFO[stage].label))).toEqual([
      "press release",
      "FAQ",
      "user manual",
      "mockups",
      "technical feasibility",
    ]);
  });

  it("keeps capitals only on words of two letters or more written all in capitals", () => {
    expect(inSentence("A Plan for the API")).toBe("a plan for the API");
  });
});
