import { describe, expect, it } from "vitest";
import {
  VERSION_KINDS,
  VERSION_KIND_LABELS,
  listNames,
  restoreLabel,
  versionByline,
  versionTitle,
} from "./version-labels";

describe("version labels", () => {
  it("titles a version by its name, else by why it was kept", () => {
    expect(versionTitle({ kind: "NAMED", name: "Draft for Tuesday" })).toBe("Draft for Tuesday");
    expect(versionTitle({ kind: "COMPLETE", name: "" })).toBe("Stage completed");
    expect(versionTitle({ kind: "AUTO", name: "  " })).toBe("Saved while editing");
    for (const kind of VERSION_KINDS) expect(VERSION_KIND_LABELS[kind]).toBeTruthy();
  });

  it("lists names the way a sentence does", () => {
    expect(listNames([])).toBe("");
    expect(listNames(["Ann"])).toBe("Ann");
    expect(listNames(["Ann", "Bob"])).toBe("Ann and Bob");
    expect(listNames(["Ann", "Bob", "Cy"])).toBe("Ann, Bob and Cy");
    expect(listNames(["Ann", "Bob", "Cy", "Di"])).toBe("Ann, Bob and 2 others");
    expect(listNames(["Ann", "Ann"])).toBe("Ann");
  });

  it("says who took a version and who wrote it", () => {
    expect(
      versionByline({ kind: "COMPLETE", createdByName: "Ann", authorNames: ["Ann", "Bob"] }),
    ).toBe("Completed by Ann · edited by Ann and Bob");
    expect(versionByline({ kind: "AUTO", createdByName: null, authorNames: ["Bob"] })).toBe(
      "Edited by Bob",
    );
    expect(versionByline({ kind: "RESTORED", createdByName: "Cy", authorNames: [] })).toBe(
      "Restored by Cy",
    );
    expect(versionByline({ kind: "AUTO", createdByName: null, authorNames: [] })).toBe("");
    expect(versionByline({ kind: "NAMED", createdByName: "Ann", authorNames: ["Ann"] })).toBe(
      "Saved by Ann",
    );
    expect(restoreLabel("RESTORED", "Tuesday")).toBe("Brings back “Tuesday”");
    expect(restoreLabel("BEFORE_RESTORE", "Tuesday")).toBe("Replaced by “Tuesday”");
  });
});
