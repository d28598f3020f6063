import { z } from "@/lib/schemas/zod";
import { ZCollabTokenResponse, type TCollabTokenResponse } from "@/lib/schemas/collab-token";

export type { TCollabTokenResponse };

const ZApiError = z.object({ error: z.object({ message: z.string() }) });

/** Where the browser reaches the collab server for this token. */
export function collabSocketUrl({ url, port }: TCollabTokenResponse): string {
  if (url) return url;
  const scheme = window.location.protocol === "https:" ? "wss" : "ws";
  return `${scheme}://${window.location.hostname}:${port}`;
}

/** The token endpoint's refusal, with its status: 401, 403 and 404 mean no access (any more). */
export class CollabTokenRefused extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }

  get noAccess(): boolean {
    return this.status === 401 || this.status === 403 || this.status === 404;
  }
}

async function fetchCollabToken(sectionId: string): Promise<TCollabTokenResponse> {
  const response = await fetch(`/api/collab-token?section=${encodeURIComponent(sectionId)}`, {
    cache: "no-store",
    credentials: "same-origin",
  });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = ZApiError.safeParse(body);
    throw new CollabTokenRefused(
      parsed.success
        ? parsed.data.error.message
        : `This section could not be opened (${response.status}).`,
      response.status,
    );
  }
  return ZCollabTokenResponse.parse(body);
}

/** A bootstrap token older than this is not reused: tokens live five minutes. */
const REUSE_WINDOW_MS = 30_000;

/**
 * A token that came with the page is used for the first connection if it
 * still has this long to live by this browser's clock (the page may come from
 * the router's cache, or the clocks may disagree); otherwise one is fetched.
 * One the server finds expired after all is refused as "token-expired", and
 * the session retries once with a fresh one.
 */
const PAGE_TOKEN_MIN_LIFE_MS = 60_000;

/** Whether a token that came with the page may still be used for a first connection. */
export const usablePageToken = (token: TCollabTokenResponse | undefined) =>
  token !== undefined && Date.parse(token.expiresAt) - Date.now() > PAGE_TOKEN_MIN_LIFE_MS;

/**
 * Hands the provider a fresh token on every (re)connection. The first
 * response is also what tells us where to connect, so its token is used once
 * for the first connection instead of fetching twice in a row.
 */
export class CollabTokenSource {
  #unused?: { response: TCollabTokenResponse; at: number };
  /** The response behind the latest authentication attempt. */
  latest?: TCollabTokenResponse;
  /** Why the latest fetch failed, to explain a refusal the provider reports vaguely. */
  lastError?: Error;

  /** `fromPage`: the first token, rendered with the page; used once, if still fresh. */
  constructor(
    private readonly sectionId: string,
    private fromPage?: TCollabTokenResponse,
  ) {}

  /** The first token, and with it the document name and the server's address. */
  async bootstrap(): Promise<TCollabTokenResponse> {
    const fromPage = this.fromPage;
    this.fromPage = undefined;
    const response = usablePageToken(fromPage) && fromPage ? fromPage : await this.#fetch();
    this.latest = response;
    this.#unused = { response, at: Date.now() };
    return response;
  }

  /** The provider's `token` option: called before each authentication. */
  readonly next = async (): Promise<string> => {
    const unused = this.#unused;
    this.#unused = undefined;
    if (unused && Date.now() - unused.at < REUSE_WINDOW_MS) {
      this.latest = unused.response;
      return unused.response.token;
    }
    return (await this.#fetch()).token;
  };

  async #fetch(): Promise<TCollabTokenResponse> {
    try {
      const response = await fetchCollabToken(this.sectionId);
      this.latest = response;
      this.lastError = undefined;
      return response;
    } catch (error) {
      this.lastError = error instanceof Error ? error : new Error(String(error));
      throw this.lastError;
    }
  }
}
