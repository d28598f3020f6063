import type { HocuspocusProvider } from "@hocuspocus/provider";
import * as Y from "yjs";
import { ZCollabTokenResponse, type TCollabTokenResponse } from "@/lib/schemas/collab-token";
import { collabSocketUrl, usablePageToken } from "./collab-token";
import { createCollabProvider } from "./collab-provider";
import { markLoad } from "./load-marks";
import { EARLY_CONNECTION_ELEMENT_ID } from "./early-connection-id";

/** An early connection nobody adopted (the person navigated away first) is closed after this. */
const UNCLAIMED_MS = 20_000;

/** A connection opened before the page hydrated, and what it has heard so far. */
export type EarlyConnection = {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** The scope the server granted, once it has authenticated us. */
  scope?: string;
  /** The first sync is done. */
  synced: boolean;
};

type Pending = EarlyConnection & {
  name: string;
  /** Refused, closed or dropped before adoption: not worth adopting. */
  spoiled: boolean;
  stopRecording: () => void;
  timer: ReturnType<typeof setTimeout>;
};

let pending: Pending | undefined;
/** The session has asked already: an early connection opened now would never be adopted. */
let claimed = false;

function readToken(element: Element): TCollabTokenResponse | undefined {
  try {
    const parsed = ZCollabTokenResponse.safeParse(JSON.parse(element.textContent ?? ""));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Opens the stage's collab connection while the page is still hydrating
 * (instrumentation-client.ts calls this before React starts): the socket,
 * the authentication and the first sync then overlap hydration instead of
 * following it, and the editor can show the document as soon as it exists
 * (docs/benchmarks.md, "Editor"). The session adopts the connection if it
 * is for its section and still healthy; otherwise it connects as before.
 */
export function startEarlyConnection(): void {
  if (pending || claimed || typeof document === "undefined") return;
  const element = document.getElementById(EARLY_CONNECTION_ELEMENT_ID);
  const token = element ? readToken(element) : undefined;
  if (!token || !usablePageToken(token)) return;
  markLoad("token");
  const doc = new Y.Doc();
  const provider = createCollabProvider({
    url: collabSocketUrl(token),
    name: token.document,
    doc,
    token: () => token.token,
  });
  const connection: Pending = {
    name: token.document,
    doc,
    provider,
    synced: false,
    spoiled: false,
    stopRecording: () => {},
    timer: setTimeout(() => discard(connection), UNCLAIMED_MS),
  };
  const onOpen = () => markLoad("socket-open");
  const onAuthenticated = ({ scope }: { scope: string }) => {
    markLoad("authenticated");
    connection.scope = scope;
  };
  const onSynced = () => {
    markLoad("synced");
    connection.synced = true;
  };
  const onSpoiled = () => {
    connection.spoiled = true;
  };
  provider.on("open", onOpen);
  provider.on("authenticated", onAuthenticated);
  provider.on("synced", onSynced);
  provider.on("authenticationFailed", onSpoiled);
  provider.on("close", onSpoiled);
  connection.stopRecording = () => {
    provider.off("open", onOpen);
    provider.off("authenticated", onAuthenticated);
    provider.off("synced", onSynced);
    provider.off("authenticationFailed", onSpoiled);
    provider.off("close", onSpoiled);
  };
  pending = connection;
}

function discard(connection: Pending) {
  if (pending === connection) pending = undefined;
  clearTimeout(connection.timer);
  connection.stopRecording();
  connection.provider.destroy();
  connection.doc.destroy();
}

/**
 * The early connection for document `name`, if there is a healthy one; the
 * caller owns it from now on (its listeners, its token callback). Any other
 * early connection is closed.
 */
export function adoptEarlyConnection(name: string): EarlyConnection | undefined {
  claimed = true;
  const connection = pending;
  if (!connection) return undefined;
  if (connection.name !== name || connection.spoiled) {
    discard(connection);
    return undefined;
  }
  pending = undefined;
  clearTimeout(connection.timer);
  connection.stopRecording();
  const { doc, provider, scope, synced } = connection;
  return { doc, provider, scope, synced };
}
