import { describe, expect, it } from "vitest";
import { PageCache, bodyWithNonce, nonceOf, pageHeaders, type CachedPage } from "./page-cache";

const page = (text: string, nonce = "rendered+Nonce/1=="): CachedPage => ({
  body: `<script nonce="${nonce}">${text}</script><script nonce="${nonce}"></script>`,
  nonce,
  headers: [["content-type", "text/html; charset=utf-8"]],
});

describe("nonceOf", () => {
  it("reads the nonce of a policy", () => {
    expect(nonceOf("default-src 'self'; script-src 'self' 'nonce-ab+c/d==' 'strict-dynamic'")).toBe(
      "ab+c/d==",
    );
  });

  it("is null without a policy or a nonce", () => {
    expect(nonceOf(null)).toBeNull();
    expect(nonceOf("default-src 'none'")).toBeNull();
  });
});

describe("bodyWithNonce", () => {
  it("replaces every occurrence of the rendered nonce", () => {
    expect(bodyWithNonce(page("go"), "fresh")).toBe(
      '<script nonce="fresh">go</script><script nonce="fresh"></script>',
    );
  });
});

describe("pageHeaders", () => {
  it("keeps the page's headers and drops what belongs to one response", () => {
    const headers = new Headers({
      "content-type": "text/html",
      "x-robots-tag": "noindex, nofollow",
      "content-security-policy": "script-src 'nonce-x'",
      "set-cookie": "session=1",
      "content-length": "10",
      "content-encoding": "gzip",
      date: "today",
      "x-foreword-cache": "miss",
    });
    expect(Object.fromEntries(pageHeaders(headers))).toEqual({
      "content-type": "text/html",
      "x-robots-tag": "noindex, nofollow",
    });
  });
});

describe("PageCache", () => {
  it("renders a page once per version, then serves it", async () => {
    const cache = new PageCache(10);
    let renders = 0;
    const render = async () => page(`render ${++renders}`);
    expect((await cache.getOrRender("link", "v1", render)).rendered).toBe(true);
    const again = await cache.getOrRender("link", "v1", render);
    expect(again).toEqual({ page: page("render 1"), rendered: false });
    // A new publication renders a new copy, which replaces the old one.
    expect((await cache.getOrRender("link", "v2", render)).page).toEqual(page("render 2"));
    expect(cache.get("link", "v1")).toBeUndefined();
    expect(cache.size).toBe(1);
  });

  it("shares one render among concurrent requests", async () => {
    const cache = new PageCache(10);
    let renders = 0;
    let finish: (value: CachedPage) => void = () => {};
    const render = () => {
      renders++;
      return new Promise<CachedPage>((resolve) => (finish = resolve));
    };
    const first = cache.getOrRender("link", "v1", render);
    const second = cache.getOrRender("link", "v1", render);
    finish(page("once"));
    expect((await first).page).toEqual(page("once"));
    expect((await second).page).toEqual(page("once"));
    expect(renders).toBe(1);
  });

  it("keeps nothing when a render yields no page, and tries again next time", async () => {
    const cache = new PageCache(10);
    expect((await cache.getOrRender("link", "v1", async () => null)).page).toBeNull();
    expect(cache.size).toBe(0);
    expect((await cache.getOrRender("link", "v1", async () => page("now"))).page).toEqual(
      page("now"),
    );
  });

  it("forgets the least recently used pages beyond its capacity", async () => {
    const cache = new PageCache(2);
    await cache.getOrRender("a", "1", async () => page("a"));
    await cache.getOrRender("b", "1", async () => page("b"));
    cache.get("a", "1");
    await cache.getOrRender("c", "1", async () => page("c"));
    expect(cache.get("b", "1")).toBeUndefined();
    expect(cache.get("a", "1")).toEqual(page("a"));
    expect(cache.get("c", "1")).toEqual(page("c"));
  });

  it("forgets a key on delete", async () => {
    const cache = new PageCache(2);
    await cache.getOrRender("a", "1", async () => page("a"));
    cache.delete("a");
    expect(cache.get("a", "1")).toBeUndefined();
  });
});
