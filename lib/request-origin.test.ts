import { describe, expect, it } from "vitest";
import { isForeignOrigin, isJsonContentType } from "./request-origin";

const APP_URL = "https://foreword.example";

describe("isForeignOrigin", () => {
  const post = (origin: string | null, host: string | null = "foreword.example") =>
    isForeignOrigin({ method: "POST", origin, host, appUrl: APP_URL });

  it.each([
    ["no Origin at all", null],
    ["APP_URL's origin", "https://foreword.example"],
    ["APP_URL's origin with its default port spelled out", "https://foreword.example:443"],
  ])("lets a write through with %s", (_, origin) => {
    expect(post(origin)).toBe(false);
  });

  it.each([
    ["another site", "https://evil.example"],
    ["a subdomain: same site, other origin", "https://docs.foreword.example"],
    ["another port", "https://foreword.example:8443"],
    ["http where APP_URL is https, on a Host that is not ours", "http://foreword.example"],
    ["an opaque origin", "null"],
    ["garbage", "not a url"],
    ["an empty header", ""],
  ])("refuses a write from %s", (_, origin) => {
    expect(post(origin, "other-host.example")).toBe(true);
  });

  it("accepts the Host the request was sent to, whatever its case, default port or scheme", () => {
    expect(post("http://10.0.0.5:3000", "10.0.0.5:3000")).toBe(false);
    expect(post("http://app.internal", "APP.INTERNAL:80")).toBe(false);
    expect(post("https://app.internal", "app.internal")).toBe(false);
    expect(post("http://[::1]:3000", "[::1]:3000")).toBe(false);
  });

  it("does not take a Host that is not just a host", () => {
    expect(post("http://evil.example", "evil.example/anything")).toBe(true);
    expect(post("http://evil.example", "user@evil.example")).toBe(true);
    expect(post("http://evil.example", null)).toBe(true);
  });

  it.each(["GET", "HEAD", "OPTIONS", "get"])("never refuses %s", (method) => {
    expect(
      isForeignOrigin({ method, origin: "https://evil.example", host: null, appUrl: APP_URL }),
    ).toBe(false);
  });

  it.each(["PUT", "PATCH", "DELETE"])("checks %s like POST", (method) => {
    expect(
      isForeignOrigin({ method, origin: "https://evil.example", host: null, appUrl: APP_URL }),
    ).toBe(true);
  });
});

describe("isJsonContentType", () => {
  it.each([
    ["application/json", true],
    ["application/json; charset=utf-8", true],
    ["Application/JSON;charset=UTF-8", true],
    [" application/json ", true],
    ["text/plain;charset=UTF-8", false],
    ["application/x-www-form-urlencoded", false],
    ["multipart/form-data; boundary=x", false],
    ["application/jsonp", false],
    ["text/json", false],
    ["", false],
    [null, false],
  ])("%j → %s", (type, expected) => {
    expect(isJsonContentType(type)).toBe(expected);
  });
});
