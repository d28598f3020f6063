import { describe, expect, it } from "vitest";
import {
  STALLED_AFTER_DAYS,
  durationLabel,
  isStalled,
  median,
  medianLabel,
  stageEnteredAt,
  stalledBefore,
  timeInStageLabel,
} from "./time-in-stage";

const now = new Date("2026-11-27T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe("when the current stage was entered", () => {
  it("is the latest of created, completed and reopened; other entries do not move it", () => {
    const entries = [
      { type: "initiative.created", createdAt: ago(10 * DAY) },
      { type: "stage.completed", createdAt: ago(6 * DAY) },
      { type: "stage.reopened", createdAt: ago(5 * DAY) },
      { type: "comment.created", createdAt: ago(1 * DAY) },
      { type: "review.requested", createdAt: ago(2 * DAY) },
    ];
    expect(stageEnteredAt(entries)).toEqual(ago(5 * DAY));
    expect(stageEnteredAt(entries.slice(0, 2))).toEqual(ago(6 * DAY));
    expect(stageEnteredAt([{ type: "comment.created", createdAt: now }])).toBeNull();
  });
});

describe("stalled", () => {
  it("means more than 14 days in a stage that is not the end", () => {
    expect(STALLED_AFTER_DAYS).toBe(14);
    expect(isStalled({ stage: "FAQ", enteredAt: ago(15 * DAY) }, now)).toBe(true);
    expect(isStalled({ stage: "FAQ", enteredAt: ago(14 * DAY) }, now)).toBe(false);
    expect(isStalled({ stage: "FAQ", enteredAt: ago(14 * DAY + MINUTE) }, now)).toBe(true);
    // Finished: no current stage, however long ago.
    expect(isStalled({ stage: undefined, enteredAt: ago(100 * DAY) }, now)).toBe(false);
    expect(isStalled({ stage: "FAQ", enteredAt: null }, now)).toBe(false);
    expect(stalledBefore(now)).toEqual(ago(14 * DAY));
  });
});

describe("labels", () => {
  it("says how long in whole units, rounded down", () => {
    expect(durationLabel(0)).toBe("under a minute");
    expect(durationLabel(59_999)).toBe("under a minute");
    expect(durationLabel(MINUTE)).toBe("1 minute");
    expect(durationLabel(59 * MINUTE)).toBe("59 minutes");
    expect(durationLabel(HOUR)).toBe("1 hour");
    expect(durationLabel(23 * HOUR + 59 * MINUTE)).toBe("23 hours");
    expect(durationLabel(DAY)).toBe("1 day");
    expect(durationLabel(3 * DAY + 20 * HOUR)).toBe("3 days");
    expect(durationLabel(-5 * MINUTE)).toBe("under a minute");
    expect(timeInStageLabel(ago(3 * DAY), now)).toBe("3 days");
    expect(timeInStageLabel(null, now)).toBeNull();
  });

  it("gives medians in days with one decimal, finer below a day", () => {
    expect(medianLabel(7 * 86_400)).toBe("7 days");
    expect(medianLabel(3.46 * 86_400)).toBe("3.5 days");
    expect(medianLabel(1.04 * 86_400)).toBe("1 day");
    expect(medianLabel(5 * 3600)).toBe("5 hours");
  });
});

describe("median", () => {
  it("is the middle value, or the mean of the two middle ones, like percentile_cont(0.5)", () => {
    expect(median([])).toBeNull();
    expect(median([4])).toBe(4);
    expect(median([10, 2, 20, 4])).toBe(7);
    expect(median([3, 1, 2])).toBe(2);
  });
});
