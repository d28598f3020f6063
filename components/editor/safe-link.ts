const ALLOWED = new Set(["http:", "https:", "mailto:"]);

/**
 * A link people may add: http(s) or mailto only, so no javascript: or data:
 * URL reaches a reader. "example.com" becomes https://example.com and a bare
 * address becomes mailto:. Returns undefined for anything else.
 */
export function safeLinkHref(input: string): string | undefined {
  const value = input.trim();
  if (!value || /\s/.test(value)) return undefined;
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(value)
    ? value
    : /^[^@/]+@[^@/]+\.[^@/]+$/.test(value)
      ? `mailto:${value}`
      : `https://${value}`;
  try {
    const url = new URL(candidate);
    if (!ALLOWED.has(url.protocol)) return undefined;
    if (url.protocol !== "mailto:" && !url.hostname.includes(".") && url.hostname !== "localhost") {
      return undefined;
    }
    return url.href;
  } catch {
    return undefined;
  }
}
