/**
 * A collab client that speaks the Hocuspocus wire protocol by hand over a
 * bare `ws` socket, for tests of what a hostile client can do: it can
 * ignore the server's close frame and keep sending on a socket the server
 * wants gone, which no well-behaved provider would.
 */
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import WebSocket from "ws";
import * as Y from "yjs";
import { writeSyncStep1, writeUpdate } from "y-protocols/sync";
import { signCollabToken } from "@/server/collab/collab-token";
import { sectionDocumentName } from "@/lib/collab-document";
import { YJS_FIELD } from "@/editor/extensions";
import { typeParagraph } from "./collab";

/** Hocuspocus's message types (packages/server/src/types.ts). */
const MessageType = { Sync: 0, Awareness: 1, Auth: 2, SyncReply: 4, SyncStatus: 8 } as const;
const AUTH_TOKEN = 0;
const AUTHENTICATED = 2;
const PERMISSION_DENIED = 1;

export type RawClientOptions = {
  url: string;
  userId: string;
  sectionId: string;
  /** Never answer the server's close frame: keep the socket open and keep sending. */
  ignoreClose?: boolean;
};

export class RawClient {
  readonly socket: WebSocket;
  readonly documentName: string;
  /** The client's own copy of the document, to make real Yjs updates from. */
  readonly doc = new Y.Doc();
  /** Whether the TCP connection is gone (closed by handshake, or cut by the server). */
  ended = false;
  /** When the server sent its close frame, or cut the socket (ms since epoch). */
  closedAt?: number;
  scope?: string;
  refusal?: string;
  /** SyncStatus answers, in order: true applied, false refused (read-only). */
  readonly statuses: boolean[] = [];

  private constructor(socket: WebSocket, documentName: string) {
    this.socket = socket;
    this.documentName = documentName;
  }

  /** Connects, authenticates with a valid token, and syncs the document. */
  static async open({ url, userId, sectionId, ignoreClose = false }: RawClientOptions) {
    const socket = new WebSocket(url);
    const client = new RawClient(socket, sectionDocumentName(sectionId));
    socket.on("error", () => {});
    socket.on("message", (data: Buffer) => client.#receive(new Uint8Array(data)));
    socket.on("close", () => {
      client.ended = true;
      client.closedAt ??= Date.now();
    });
    await new Promise((resolve, reject) => {
      socket.once("open", resolve);
      socket.once("error", reject);
    });
    if (ignoreClose) client.#ignoreCloseFrames();
    const { token } = await signCollabToken({ userId, sectionId });
    client.#send(MessageType.Auth, (encoder) => {
      encoding.writeVarUint(encoder, AUTH_TOKEN);
      encoding.writeVarString(encoder, token);
    });
    await client.#until(
      () => client.ended || client.scope !== undefined || client.refusal !== undefined,
    );
    if (client.scope) {
      client.#send(MessageType.Sync, (encoder) => writeSyncStep1(encoder, client.doc));
      await client.#until(() => client.ended || client.doc.getXmlFragment(YJS_FIELD).length > 0);
    }
    return client;
  }

  /**
   * ws answers a close frame on its own; a hostile client would not. Dropping
   * the receiver's handler keeps this socket OPEN on our side, so `send` goes on.
   */
  #ignoreCloseFrames() {
    const receiver = (this.socket as unknown as { _receiver?: NodeJS.EventEmitter })._receiver;
    if (!receiver) throw new Error("ws internals changed: cannot ignore close frames");
    receiver.removeAllListeners("conclude");
    receiver.on("conclude", () => {
      this.closedAt ??= Date.now();
    });
  }

  /** Changes the document's root fragment and sends the update, whatever the server said before. */
  edit(change: (fragment: Y.XmlFragment) => void): void {
    let update: Uint8Array | undefined;
    const capture = (made: Uint8Array) => (update = made);
    this.doc.on("update", capture);
    this.doc.transact(() => change(this.doc.getXmlFragment(YJS_FIELD)));
    this.doc.off("update", capture);
    if (update) this.sendUpdate(update);
  }

  /** Appends a paragraph and sends the update. */
  type(text: string): void {
    this.edit(() => typeParagraph(this.doc, text));
  }

  /** Sends one awareness state for any client id: what a hostile client could claim. */
  sendAwareness(clientId: number, clock: number, state: unknown): void {
    this.#send(MessageType.Awareness, (encoder) => {
      const update = encoding.createEncoder();
      encoding.writeVarUint(update, 1);
      encoding.writeVarUint(update, clientId);
      encoding.writeVarUint(update, clock);
      encoding.writeVarString(update, JSON.stringify(state));
      encoding.writeVarUint8Array(encoder, encoding.toUint8Array(update));
    });
  }

  sendUpdate(update: Uint8Array): void {
    this.#send(MessageType.Sync, (encoder) => writeUpdate(encoder, update));
  }

  /** Whether the socket can still carry what we send (it may be cut under us). */
  get open(): boolean {
    return this.socket.readyState === WebSocket.OPEN && !this.ended;
  }

  close(): void {
    this.socket.terminate();
  }

  #send(type: number, write: (encoder: encoding.Encoder) => void) {
    if (!this.open) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, this.documentName);
    encoding.writeVarUint(encoder, type);
    write(encoder);
    this.socket.send(encoding.toUint8Array(encoder));
  }

  #receive(data: Uint8Array) {
    const decoder = decoding.createDecoder(data);
    decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    if (type === MessageType.Auth) {
      const kind = decoding.readVarUint(decoder);
      if (kind === AUTHENTICATED) this.scope = decoding.readVarString(decoder);
      if (kind === PERMISSION_DENIED) this.refusal = decoding.readVarString(decoder);
    } else if (type === MessageType.Sync || type === MessageType.SyncReply) {
      const step = decoding.readVarUint(decoder);
      // Step 2 and updates carry document content; step 1 only asks for ours.
      if (step !== 0) Y.applyUpdate(this.doc, decoding.readVarUint8Array(decoder), "server");
    } else if (type === MessageType.SyncStatus) {
      this.statuses.push(decoding.readVarInt(decoder) === 1);
    }
  }

  async #until(check: () => boolean, timeoutMs = 5_000) {
    const deadline = Date.now() + timeoutMs;
    while (!check()) {
      if (Date.now() > deadline) throw new Error(`raw client: timed out on ${this.documentName}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
}
