import { describe, expect, it } from "vitest";
import { parseSharePath, sharePath } from "./publication";

describe("parseSharePath", () => {
  it("reads back what sharePath writes, latest and versioned", () => {
    expect(parseSharePath(sharePath("abc_DEF-123"))).toEqual({ token: "abc_DEF-123" });
    expect(parseSharePath(sharePath("abc_DEF-123", 4))).toEqual({
      token: "abc_DEF-123",
      version: "4",
    });
  });

  it("passes the version on as written, for the page to judge", () => {
    expect(parseSharePath("/s/token/v/zero")).toEqual({ token: "token", version: "zero" });
    expect(parseSharePath("/s/token/")).toEqual({ token: "token" });
  });

  it("is null for any other path", () => {
    for (const path of [
      "",
      "/",
      "/s",
      "/s/",
      "/p/abc",
      "/s/a/b",
      "/s/a/v",
      "/s/a/v/1/more",
      "/x/s/a",
    ])
      expect(parseSharePath(path), path).toBeNull();
  });
});
