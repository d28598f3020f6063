import type { connectedPayload, Extension, onConnectPayload } from "@hocuspocus/server";
import { Refusal, type CollabContext } from "../refusal";
import { revoke } from "../close-connection";

export type LimitsOptions = {
  /** Largest WebSocket message accepted; larger ones close the socket (1009). */
  maxMessageBytes: number;
  /** People (connections) on one document at once. */
  maxClientsPerDocument: number;
  /** Connections one person may hold to one document (tabs, or sessions on one socket). */
  maxClientsPerPerson: number;
  /** How deeply elements may nest in a document (content-guard.ts). */
  maxDepth: number;
  /** How large a document's encoded state may grow (content-guard.ts). */
  maxDocumentBytes: number;
  /** New WebSocket connections one IP may open per window. */
  maxConnectionsPerIp: number;
  windowMs: number;
};

const DOCUMENT_FULL = { code: 4503, reason: "document-full" } as const;
const TOO_MANY_TABS = { code: 4504, reason: "too-many-tabs" } as const;

export const DEFAULT_LIMITS: LimitsOptions = {
  maxMessageBytes: 2 * 1024 * 1024,
  maxClientsPerDocument: 100,
  maxClientsPerPerson: 10,
  maxDepth: 48,
  maxDocumentBytes: 8 * 1024 * 1024,
  maxConnectionsPerIp: 60,
  windowMs: 60_000,
};

/**
 * Keeps one client from exhausting the server: message size (enforced by the
 * WebSocket server, see start-collab-server.ts), people per document, and
 * connection attempts per IP (a sliding window, checked before the upgrade).
 */
export class Limits implements Extension {
  extensionName = "foreword-limits";
  readonly options: LimitsOptions;
  readonly #attempts = new Map<string, number[]>();

  constructor(options: Partial<LimitsOptions> = {}) {
    this.options = { ...DEFAULT_LIMITS, ...options };
  }

  /** Records a connection attempt from `ip`; false when it is over the limit. */
  admit(ip: string, now = Date.now()): boolean {
    const since = now - this.options.windowMs;
    const recent = (this.#attempts.get(ip) ?? []).filter((at) => at > since);
    if (recent.length >= this.options.maxConnectionsPerIp) {
      this.#attempts.set(ip, recent);
      return false;
    }
    recent.push(now);
    this.#attempts.set(ip, recent);
    if (this.#attempts.size > 10_000) this.#forgetIdle(since);
    return true;
  }

  async onConnect({ documentName, instance }: onConnectPayload): Promise<void> {
    const document = instance.documents.get(documentName);
    if (document && document.getConnectionsCount() >= this.options.maxClientsPerDocument) {
      throw new Refusal("document-full");
    }
  }

  /**
   * The check above cannot see people who connect while the document is still
   * loading; once they are in, anyone over the limit is closed with the reason.
   * One person may not fill a document by themselves either: Hocuspocus lets
   * one socket open many sessions on the same document.
   */
  async connected({ connection }: connectedPayload): Promise<void> {
    const { document } = connection;
    if (document.getConnectionsCount() > this.options.maxClientsPerDocument) {
      revoke(connection, DOCUMENT_FULL);
      return;
    }
    const { userId } = connection.context as Partial<CollabContext>;
    const theirs = document
      .getConnections()
      .filter((other) => (other.context as Partial<CollabContext>).userId === userId).length;
    if (theirs > this.options.maxClientsPerPerson) revoke(connection, TOO_MANY_TABS);
  }

  #forgetIdle(since: number) {
    for (const [ip, attempts] of this.#attempts) {
      if (attempts.every((at) => at <= since)) this.#attempts.delete(ip);
    }
  }
}
