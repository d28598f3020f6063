/**
 * The request header proxy.ts sets on every page request to the path asked
 * for. A not-found.tsx is given no params, yet a share link's not-found page
 * must say whether the link was revoked or never existed: it reads the path
 * here. proxy.ts always overwrites it, so a client cannot choose it.
 */
export const REQUEST_PATH_HEADER = "x-foreword-path";
