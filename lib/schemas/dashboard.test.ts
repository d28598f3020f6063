import { describe, expect, it } from "vitest";
import {
  ZTimelineCursorSchema,
  dashboardHref,
  parseDashboardQuery,
  timelineCursor,
} from "./dashboard";

describe("the dashboard's address", () => {
  it("reads filter, sort and page, defaulting whatever it does not know", () => {
    expect(parseDashboardQuery({})).toEqual({ show: "active", sort: "activity", page: 1 });
    expect(parseDashboardQuery({ show: "stalled", sort: "time", page: "3" })).toEqual({
      show: "stalled",
      sort: "time",
      page: 3,
    });
    expect(
      parseDashboardQuery({ show: "everything", sort: ["title", "time"], page: "-2" }),
    ).toEqual({ show: "active", sort: "title", page: 1 });
    expect(parseDashboardQuery({ page: "1.5" }).page).toBe(1);
  });

  it("writes only what differs from the defaults", () => {
    expect(dashboardHref("w1", { show: "active", sort: "activity", page: 1 })).toBe("/w/w1");
    expect(dashboardHref("w1", { show: "mine", sort: "title", page: 2 })).toBe(
      "/w/w1?show=mine&sort=title&page=2",
    );
  });
});

describe("the timeline's cursor", () => {
  it("round-trips an entry's time and id", () => {
    const entry = { createdAt: new Date("2026-11-20T10:00:00.123Z"), id: "c".padEnd(25, "a") };
    expect(ZTimelineCursorSchema.parse(timelineCursor(entry))).toEqual(entry);
  });

  it("refuses anything else, which the page reads as no cursor", () => {
    expect(ZTimelineCursorSchema.safeParse("yesterday").success).toBe(false);
    expect(ZTimelineCursorSchema.safeParse("2026-11-20T10:00:00.000Z_notanid").success).toBe(false);
    expect(ZTimelineCursorSchema.safeParse(`not a date_${"c".padEnd(25, "a")}`).success).toBe(
      false,
    );
  });
});
