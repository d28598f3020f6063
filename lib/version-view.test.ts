import { describe, expect, it } from "vitest";
import { withOlderVersions, type VersionList, type VersionView } from "./version-view";

const version = (id: string): VersionView => ({
  id,
  kind: "AUTO",
  name: "",
  createdAt: "2026-11-27T09:00:00.000Z",
  wordCount: 0,
  createdByName: null,
  authorNames: [],
  restoredFromTitle: null,
});
const list = (ids: string[], hasOlder: boolean): VersionList => ({
  versions: ids.map(version),
  hasOlder,
  canEdit: true,
  canRestore: false,
});
const ids = (shown: VersionList) => shown.versions.map((each) => each.id);

describe("the history's newest page with the older pages already shown", () => {
  it("is the newest page alone until older ones are asked for", () => {
    const newest = list(["c", "b"], true);
    expect(withOlderVersions(newest, null)).toBe(newest);
  });

  it("follows the newest page with the older ones, and says whether more are older still", () => {
    const shown = withOlderVersions(list(["d", "c"], true), {
      versions: [version("b"), version("a")],
      hasOlder: false,
    });
    expect(ids(shown)).toEqual(["d", "c", "b", "a"]);
    expect(shown.hasOlder).toBe(false);
    expect(shown.canEdit).toBe(true);
  });

  it("shows a version once when a new one pushed it from the newest page into the older", () => {
    // An older page brought in "c" and "b"; then "e" was kept, and the newest
    // page, fetched again, holds "c" too.
    const shown = withOlderVersions(list(["e", "d", "c"], true), {
      versions: [version("c"), version("b")],
      hasOlder: true,
    });
    expect(ids(shown)).toEqual(["e", "d", "c", "b"]);
    expect(shown.hasOlder).toBe(true);
  });
});
