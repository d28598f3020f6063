import "server-only";

/** A rendered page as the app sent it, to be sent again with another nonce. */
export type CachedPage = {
  body: string;
  /** The CSP nonce the page was rendered with: every occurrence is replaced per response. */
  nonce: string;
  headers: [string, string][];
};

/**
 * Headers of a rendered page that belong to that one response, not to the
 * page: the policy (its nonce is replaced), cookies, and what describes the
 * bytes on the wire, which the server sets again for the response it sends.
 */
const PER_RESPONSE = new Set([
  "content-security-policy",
  "set-cookie",
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "date",
  "x-foreword-cache",
]);

/** The headers of a rendered page worth keeping with it. */
export function pageHeaders(headers: Headers): [string, string][] {
  return [...headers].filter(([name]) => !PER_RESPONSE.has(name.toLowerCase()));
}

/** The nonce in a Content-Security-Policy, or null when it has none. */
export function nonceOf(policy: string | null): string | null {
  return policy?.match(/'nonce-([A-Za-z0-9+/=_-]+)'/)?.[1] ?? null;
}

/**
 * The page's body with `nonce` in place of the one it was rendered with.
 * A nonce is 128 random bits, so it occurs nowhere else in a page.
 */
export function bodyWithNonce(page: CachedPage, nonce: string): string {
  return page.body.split(page.nonce).join(nonce);
}

/**
 * Rendered pages of immutable content, by key, each valid for one version
 * (a publication id): a key asked for with another version renders again.
 * Least recently used pages go first beyond `capacity`. Concurrent misses
 * of one key and version share one render. A render that yields null (the
 * page could not be rendered as a cacheable page) is not kept.
 */
export class PageCache {
  readonly #pages = new Map<string, { version: string; page: CachedPage }>();
  readonly #rendering = new Map<string, Promise<CachedPage | null>>();

  constructor(private readonly capacity: number) {}

  get size(): number {
    return this.#pages.size;
  }

  /** The page of `key` at `version`, if kept; it becomes the most recently used. */
  get(key: string, version: string): CachedPage | undefined {
    const kept = this.#pages.get(key);
    if (!kept || kept.version !== version) return undefined;
    this.#pages.delete(key);
    this.#pages.set(key, kept);
    return kept.page;
  }

  /** The page of `key` at `version`: kept, or rendered once by `render` and kept. */
  async getOrRender(
    key: string,
    version: string,
    render: () => Promise<CachedPage | null>,
  ): Promise<{ page: CachedPage | null; rendered: boolean }> {
    const kept = this.get(key, version);
    if (kept) return { page: kept, rendered: false };
    const id = `${key}\n${version}`;
    let rendering = this.#rendering.get(id);
    if (!rendering) {
      rendering = render()
        .then((page) => {
          if (page) this.#keep(key, version, page);
          return page;
        })
        .finally(() => this.#rendering.delete(id));
      this.#rendering.set(id, rendering);
    }
    return { page: await rendering, rendered: true };
  }

  /** Forgets the page of `key`, whatever its version. */
  delete(key: string): void {
    this.#pages.delete(key);
  }

  #keep(key: string, version: string, page: CachedPage) {
    this.#pages.delete(key);
    this.#pages.set(key, { version, page });
    while (this.#pages.size > this.capacity) {
      const oldest = this.#pages.keys().next().value;
      if (oldest === undefined) break;
      this.#pages.delete(oldest);
    }
  }
}
