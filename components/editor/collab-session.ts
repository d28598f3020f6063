import { HocuspocusProvider, WebSocketStatus } from "@hocuspocus/provider";
import * as Y from "yjs";
import { COLLAB_REFUSALS, type CollabNotice, type CollabRefusal } from "@/lib/collab-document";
import {
  CollabTokenRefused,
  CollabTokenSource,
  collabSocketUrl,
  type TCollabTokenResponse,
} from "./collab-token";
import { markLoad } from "./load-marks";
import { createCollabProvider } from "./collab-provider";
import { adoptEarlyConnection } from "./early-connection";
import { announceSectionNotice } from "./section-events";

/** Everything the editor UI needs to know about one section's connection. */
export type CollabSnapshot = {
  doc?: Y.Doc;
  provider?: HocuspocusProvider;
  /** connecting: not authenticated yet; offline: the socket dropped since. */
  connection: "connecting" | "connected" | "offline";
  /** The server has authenticated this tab at least once. */
  authenticated: boolean;
  /** The first sync with the server is done: the document is safe to show. */
  synced: boolean;
  /** What the server allows now (and kept while offline, so edits can go on). */
  editable: boolean;
  /** This tab changed the document and the server has not stored that yet. */
  dirty: boolean;
  /** A change of this tab has been stored since the page opened. */
  savedOnce: boolean;
  /** Why the server refused us, in words for people. */
  refusal?: string;
  /** Something the person should know once (edits that could not be kept), until dismissed. */
  notice?: string;
};

const INITIAL: CollabSnapshot = {
  connection: "connecting",
  authenticated: false,
  synced: false,
  editable: false,
  dirty: false,
  savedOnce: false,
};

/**
 * Whether two snapshots say the same thing. The session is told about every
 * keystroke (Yjs updates, acknowledgements), but the UI only needs to hear
 * when what it shows changes: each notification re-renders the editor's
 * whole header.
 */
function sameSnapshot(a: CollabSnapshot, b: CollabSnapshot): boolean {
  for (const key of Object.keys(b) as (keyof CollabSnapshot)[])
    if (!Object.is(a[key], b[key])) return false;
  return Object.keys(a).length === Object.keys(b).length;
}

/** Close reasons after which this tab's copy of the document must be thrown away. */
const RELOAD_REASONS = new Set([
  "permissions-changed",
  "edits-refused",
  "content-too-deep",
  "document-too-large",
]);

const NO_LONGER_ALLOWED = "You no longer have access to this section.";

const LOST_EDITS =
  "Your last edits were not saved: the stage was completed or locked, or your access " +
  "changed, before they reached the server. The section now shows what was saved.";

function refusalMessage(reason: string): string | undefined {
  return Object.hasOwn(COLLAB_REFUSALS, reason)
    ? COLLAB_REFUSALS[reason as CollabRefusal]
    : undefined;
}

function parseNotice(payload: string): CollabNotice | undefined {
  try {
    const notice: unknown = JSON.parse(payload);
    if (
      typeof notice === "object" &&
      notice &&
      "type" in notice &&
      (notice.type === "saved" || notice.type === "restored")
    ) {
      return notice as CollabNotice;
    }
  } catch {
    // Not ours: other stateless messages are ignored.
  }
  return undefined;
}

export type CollabSessionOptions = {
  sectionId: string;
  /** The first token, rendered with the page: the first connection need not fetch one. */
  pageToken?: TCollabTokenResponse;
  /** Called once the server has decided again (allowed or refused) after our rights changed. */
  onRightsChanged: () => void;
};

/**
 * One section's Yjs document and Hocuspocus connection, and what the UI
 * shows about them. Plain TypeScript with a subscribe/getSnapshot pair, so
 * React reads it with useSyncExternalStore and the rules stay in one place:
 * editable only as the server decides; "saved" only once the server has
 * stored this tab's last acknowledged change.
 */
export class CollabSession {
  #snapshot = INITIAL;
  readonly #listeners = new Set<() => void>();
  #tokens: CollabTokenSource;
  #doc?: Y.Doc;
  #provider?: HocuspocusProvider;
  /** Bumped by start() and stop(), so a start that stop() overtook does nothing. */
  #generation = 0;
  /** Every local change so far has been acknowledged by the server. */
  #acked = true;
  /** The token-expired retry is spent for this socket. */
  #retriedExpiredToken = false;
  /** The server forgets queued sync messages when it refuses: sync again after a retry. */
  #resyncAfterAuth = false;
  /** The server closed us because rights changed: refresh the page once it decides again. */
  #reauthorize = false;
  /** What the server granted the current connection ("read-write" or "readonly"). */
  #scope?: string;
  /** The current document is the one on screen (false while a reload syncs the new one). */
  #shown = true;
  /** What the page, as rendered, says about writing here. */
  #pageEditable?: boolean;
  /** The server decision the page was last refreshed for, so a mismatch refreshes once. */
  #refreshedFor?: string;
  /** The page's token, until the first connection takes it. */
  #pageToken?: TCollabTokenResponse;

  constructor(private readonly options: CollabSessionOptions) {
    this.#tokens = new CollabTokenSource(options.sectionId);
    this.#pageToken = options.pageToken;
  }

  readonly subscribe = (listener: () => void) => {
    this.#listeners.add(listener);
    return () => void this.#listeners.delete(listener);
  };

  readonly getSnapshot = () => this.#snapshot;

  /**
   * This tab has changes the server has not even acknowledged: leaving now
   * would lose them. Read when needed (the unload warning asks as the tab
   * closes) rather than kept in the snapshot: it flips twice per keystroke.
   */
  hasUnacknowledgedEdits(): boolean {
    return this.#snapshot.dirty && !this.#acked;
  }

  #set(patch: Partial<CollabSnapshot>) {
    const next = { ...this.#snapshot, ...patch };
    if (sameSnapshot(this.#snapshot, next)) return;
    this.#snapshot = next;
    for (const listener of this.#listeners) listener();
  }

  /**
   * Fetches the first token (which says where to connect), then connects a
   * fresh Y.Doc. Undone by stop(); React's effects may run both twice.
   */
  async start(): Promise<void> {
    markLoad("session-start");
    const generation = ++this.#generation;
    this.#set({ ...INITIAL, notice: this.#snapshot.notice });
    await this.#open(generation, false);
  }

  /**
   * A new token, then a new document and provider. With `swap`, the document
   * on screen stays there (read-only) until the new one has synced, so a
   * reload does not blank the editor or lose the reader's scroll position.
   */
  async #open(generation: number, swap: boolean): Promise<void> {
    // Only the first connection may use the page's token: a reload needs a new decision.
    this.#tokens = new CollabTokenSource(this.options.sectionId, this.#pageToken);
    this.#pageToken = undefined;
    let first;
    try {
      first = await this.#tokens.bootstrap();
    } catch (error) {
      if (generation !== this.#generation) return;
      this.#set({
        connection: "offline",
        editable: false,
        refusal:
          this.#reauthorize && error instanceof CollabTokenRefused && error.noAccess
            ? NO_LONGER_ALLOWED
            : messageOf(error),
        ...(swap ? { doc: undefined, provider: undefined, synced: false } : {}),
      });
      // Refused after a rights change (removed from the workspace, say): the page says why.
      this.#afterRightsChanged();
      return;
    }
    if (generation !== this.#generation) return;
    markLoad("token");
    this.#connect(collabSocketUrl(first), first.document, swap);
  }

  /** Disconnects and drops the document; the server keeps what it acknowledged. */
  stop(): void {
    this.#generation++;
    this.#provider?.destroy();
    this.#doc?.destroy();
    this.#provider = undefined;
    this.#doc = undefined;
    this.#acked = true;
    this.#reauthorize = false;
    this.#resyncAfterAuth = false;
    this.#scope = undefined;
    this.#set({ ...INITIAL });
  }

  /**
   * What the page says about writing here. If the server's decision differs
   * (the page was rendered on one side of a stage change, the socket
   * authorised on the other), the page is refreshed, once per decision.
   */
  setPageEditable(editable: boolean): void {
    this.#pageEditable = editable;
    this.#checkPage();
  }

  #checkPage() {
    if (this.#scope === undefined || this.#pageEditable === undefined) return;
    const serverEditable = this.#scope === "read-write";
    if (serverEditable === this.#pageEditable) {
      this.#refreshedFor = undefined;
      return;
    }
    if (this.#refreshedFor === this.#scope) return;
    this.#refreshedFor = this.#scope;
    this.options.onRightsChanged();
  }

  /** The person has read the notice. */
  dismissNotice(): void {
    this.#set({ notice: undefined });
  }

  /** After a refusal: a new socket, a new token, a new decision. */
  retry(): void {
    if (!this.#provider) {
      void this.start();
      return;
    }
    this.#set({ refusal: undefined, connection: "connecting" });
    this.#provider.disconnect();
    void this.#provider.connect();
  }

  #connect(url: string, name: string, swap: boolean) {
    // The page's first connection may already be open (early-connection.ts).
    const early = swap ? undefined : adoptEarlyConnection(name);
    const doc = early?.doc ?? new Y.Doc();
    const provider =
      early?.provider ?? createCollabProvider({ url, name, doc, token: this.#tokens.next });
    // Reconnections take fresh tokens from the session, as its own connections do.
    if (early) provider.configuration.token = this.#tokens.next;
    this.#doc = doc;
    this.#provider = provider;
    this.#shown = !swap;
    // Events of a provider we have replaced must not touch what is on screen.
    const current = () => provider === this.#provider;

    provider.on("open", () => {
      markLoad("socket-open");
      if (current()) this.#retriedExpiredToken = false;
    });
    provider.on("status", ({ status }: { status: WebSocketStatus }) => {
      if (current() && status === WebSocketStatus.Disconnected)
        this.#set({ connection: "offline" });
    });
    provider.on("authenticated", ({ scope }: { scope: string }) => {
      markLoad("authenticated");
      if (current()) this.#onAuthenticated(scope);
    });
    provider.on("authenticationFailed", ({ reason }: { reason: string }) => {
      if (current()) this.#onRefused(reason);
    });
    provider.on("close", ({ event }: { event: CloseEvent }) => {
      if (current()) this.#onClose(event);
    });
    provider.on("synced", () => {
      if (!current()) return;
      markLoad("synced");
      if (!this.#shown) {
        this.#shown = true;
        this.#set({ doc, provider, synced: true, editable: this.#mayEdit() });
      } else if (!this.#snapshot.synced) this.#set({ synced: true });
    });
    provider.on("unsyncedChanges", ({ number }: { number: number }) => {
      // Nothing on screen depends on this; the unload warning and the saved notice read it.
      if (current() && number === 0) this.#acked = true;
    });
    provider.on("stateless", ({ payload }: { payload: string }) => {
      const notice = parseNotice(payload);
      if (current() && notice) announceSectionNotice(this.options.sectionId, notice);
      // A store that lands after our last change was acknowledged holds it.
      if (
        current() &&
        notice?.type === "saved" &&
        this.#snapshot.dirty &&
        this.#acked &&
        provider.unsyncedChanges === 0
      ) {
        this.#set({ dirty: false, savedOnce: true });
      }
    });
    doc.on("update", (_update: Uint8Array, origin: unknown) => {
      if (origin === provider || !current()) return; // the server's changes, not ours
      this.#acked = false;
      // Once per save cycle, not per keystroke: #set ignores a patch that changes nothing.
      if (!this.#snapshot.dirty) this.#set({ dirty: true });
    });
    if (!swap) this.#set({ doc, provider });
    // What the early connection heard before it was adopted.
    if (early?.scope !== undefined) this.#onAuthenticated(early.scope);
    if (early?.synced) this.#set({ synced: true });
  }

  /** Both must agree: the socket's scope, and the app's answer behind this token; and the document on screen must be the live one. */
  #mayEdit(): boolean {
    return this.#scope === "read-write" && this.#tokens.latest?.writable === true && this.#shown;
  }

  #onAuthenticated(scope: string) {
    if (scope !== "read-write" && this.#snapshot.dirty) {
      // Edits made offline (or in flight) to a stage that has since been
      // closed to us: the server will never take them, and keeping them here
      // would offer them again later, after a reopen say.
      this.#reload();
      return;
    }
    this.#scope = scope;
    this.#set({
      connection: "connected",
      authenticated: true,
      refusal: undefined,
      editable: this.#mayEdit(),
    });
    if (this.#resyncAfterAuth) {
      this.#resyncAfterAuth = false;
      this.#provider?.startSync();
    }
    if (this.#reauthorize) this.#afterRightsChanged();
    else this.#checkPage();
  }

  #afterRightsChanged() {
    if (!this.#reauthorize) return;
    this.#reauthorize = false;
    this.options.onRightsChanged();
  }

  #onRefused(reason: string) {
    if (reason === "token-expired" && !this.#retriedExpiredToken && this.#provider) {
      this.#retriedExpiredToken = true;
      this.#resyncAfterAuth = true;
      void this.#provider.sendToken();
      return;
    }
    this.#set({
      editable: false,
      connection: "offline",
      refusal:
        refusalMessage(reason) ??
        this.#tokens.lastError?.message ??
        "This section could not be opened. Try again shortly.",
    });
    // Refused after a rights change (removed from the workspace, say): the page says why.
    this.#afterRightsChanged();
  }

  /**
   * Rights changed, or the server refused our edits: this tab's document may
   * hold edits the server will never take. Reconnecting with it would offer
   * them again — and merge them into the stage if it is reopened later — so
   * it is thrown away and the section is loaded afresh. If this tab had
   * edits not yet stored, the person is told they were not kept. The page
   * refreshes once the server has decided again (#afterRightsChanged).
   */
  #reload(why?: string) {
    const notice = why ?? (this.#snapshot.dirty ? LOST_EDITS : this.#snapshot.notice);
    const old = this.#provider;
    const generation = ++this.#generation;
    this.#provider = undefined;
    this.#doc = undefined;
    this.#scope = undefined;
    this.#acked = true;
    this.#resyncAfterAuth = false;
    this.#reauthorize = true;
    this.#set({ editable: false, dirty: false, authenticated: false, notice });
    // Not from inside the provider's own event: let it finish dispatching first.
    setTimeout(() => {
      old?.destroy();
      if (generation === this.#generation) void this.#open(generation, true);
    }, 0);
  }

  #onClose(event: CloseEvent) {
    if (RELOAD_REASONS.has(event.reason)) {
      this.#reload(refusalMessage(event.reason));
      return;
    }
    const refusal = refusalMessage(event.reason);
    if (refusal) this.#set({ refusal });
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : "This section could not be opened.";
}
