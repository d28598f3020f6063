import { describe, expect, it } from "vitest";
import {
  API_CONTENT_SECURITY_POLICY,
  collabSources,
  createNonce,
  pageContentSecurityPolicy,
  secureCookiesFor,
  STATIC_SECURITY_HEADERS,
} from "./security-headers";

/** The policy as a map from directive name to its sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((part) => {
      const [name = "", ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe("pageContentSecurityPolicy", () => {
  const base = { nonce: "abc123==", dev: false, connectSources: [], https: false };

  it("lets scripts run only with the request's nonce, never inline or eval in production", () => {
    const script = directives(pageContentSecurityPolicy(base)).get("script-src");
    expect(script).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
  });

  it("allows eval in development only (React's dev error stacks)", () => {
    const script = directives(pageContentSecurityPolicy({ ...base, dev: true })).get("script-src");
    expect(script).toContain("'unsafe-eval'");
    expect(script).not.toContain("'unsafe-inline'");
  });

  it("forbids framing, plugins and <base>, and keeps inline styles for Radix and Tiptap", () => {
    const policy = directives(pageContentSecurityPolicy(base));
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
    expect(policy.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get("img-src")).toEqual(["'self'", "data:", "blob:"]);
  });

  it("connects to the collab server and upgrades http subresources under https", () => {
    const policy = directives(
      pageContentSecurityPolicy({
        ...base,
        https: true,
        connectSources: ["wss://collab.example.com"],
      }),
    );
    expect(policy.get("connect-src")).toEqual(["'self'", "wss://collab.example.com"]);
    expect(policy.has("upgrade-insecure-requests")).toBe(true);
  });
});

describe("collabSources", () => {
  it("is COLLAB_URL's origin when set", () => {
    expect(
      collabSources({
        collabUrl: "wss://collab.example.com/socket",
        collabPort: 3001,
        pageHost: "app.example.com",
      }),
    ).toEqual(["wss://collab.example.com"]);
  });

  it("is the page's host on COLLAB_PORT otherwise, over ws or wss", () => {
    expect(
      collabSources({ collabUrl: undefined, collabPort: 3001, pageHost: "127.0.0.1:3000" }),
    ).toEqual(["ws://127.0.0.1:3001", "wss://127.0.0.1:3001"]);
    expect(
      collabSources({ collabUrl: undefined, collabPort: 3001, pageHost: "[::1]:3000" }),
    ).toEqual(["ws://[::1]:3001", "wss://[::1]:3001"]);
  });

  it("cannot be made to inject directives through the Host header", () => {
    for (const pageHost of ["evil; script-src *", "a b", "x/y?z", ""]) {
      const sources = collabSources({ collabUrl: undefined, collabPort: 3001, pageHost });
      for (const source of sources) expect(source).toMatch(/^wss?:\/\/[^\s;]+$/);
    }
  });
});

describe("STATIC_SECURITY_HEADERS", () => {
  it("are the fixed headers every response carries, powerful features turned off included", () => {
    expect(
      Object.fromEntries(STATIC_SECURITY_HEADERS.map(({ key, value }) => [key, value])),
    ).toEqual({
      "X-Content-Type-Options": "nosniff",
      "X-Frame-Options": "DENY",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
    });
  });
});

describe("the rest", () => {
  it("API responses load nothing and cannot be framed", () => {
    expect(API_CONTENT_SECURITY_POLICY).toBe("default-src 'none'; frame-ancestors 'none'");
  });

  it("cookies are Secure exactly when the public URL is https", () => {
    expect(secureCookiesFor("https://foreword.example.com")).toBe(true);
    expect(secureCookiesFor("http://localhost:3000")).toBe(false);
  });

  it("nonces are fresh, 128-bit base64", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
