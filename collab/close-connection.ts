import type { Connection } from "@hocuspocus/server";

/** A close code and the reason the browser reads to decide what to tell the person. */
export type CloseReason = { code: number; reason: string };

/** Rights changed: the browser reconnects and is authorised afresh. */
export const PERMISSIONS_CHANGED = { code: 4000, reason: "permissions-changed" } as const;

/**
 * The collab server refused to store this document's latest edits (its
 * stage was completed or locked, or an editor lost access): they are dropped
 * and the document is reloaded from the database.
 */
export const EDITS_REFUSED = { code: 4001, reason: "edits-refused" } as const;

/** How long a socket has to answer our close frame before it is cut. */
export const CLOSE_GRACE_MS = 1_000;

/** The part of a socket we need: ws's WebSocket, in practice. */
type ClosableSocket = {
  readyState: number;
  close(code?: number, reason?: string): void;
  terminate?: () => void;
};

const CLOSED = 3;

/** Sockets we have decided to close: nothing more they send is processed. */
const closing = new WeakSet<object>();

/** Whether the server has begun closing this socket (its messages are then ignored). */
export function isClosing(socket: object): boolean {
  return closing.has(socket);
}

/**
 * Closes a socket with a reason, and cuts it if it has not finished closing
 * after the grace period: a client that ignores our close frame must not
 * keep a connection open (or keep sending) for as long as it likes.
 */
export function closeSocket(socket: ClosableSocket, { code, reason }: CloseReason): void {
  if (closing.has(socket)) return;
  closing.add(socket);
  socket.close(code, reason);
  setTimeout(() => {
    if (socket.readyState !== CLOSED) socket.terminate?.();
  }, CLOSE_GRACE_MS).unref();
}

/**
 * Takes a connection's rights away at once, before any close handshake: it
 * becomes read-only (Hocuspocus drops its updates), leaves its document (it
 * is relayed nothing more), and its socket is closed, then cut after the
 * grace period.
 */
export function revoke(connection: Connection, reason: CloseReason): void {
  connection.readOnly = true;
  closeSocket(connection.webSocket as ClosableSocket, reason);
  connection.close(reason);
}
