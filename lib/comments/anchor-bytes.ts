/**
 * A comment thread's anchor as it travels and is stored: two Yjs relative
 * positions (Y.encodeRelativePosition), base64 in JSON, bytes in PostgreSQL.
 * Pure Yjs, no editor: the server validates anchors with this alone.
 */
import * as Y from "yjs";

/**
 * The most bytes one encoded relative position may take. A position is an
 * item id (two varints) and an association, or a root type's name: a few
 * dozen bytes at most; anything longer is not one of ours.
 */
export const ANCHOR_BYTES_MAX = 128;

/** A passage's two ends: before its first character, after its last. */
export type EncodedAnchor = { start: Uint8Array; end: Uint8Array };

/** Base64 of bytes, in the browser and in Node alike. */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The bytes of a base64 string; null when it is not base64. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) return null;
  try {
    return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

/**
 * The relative position `bytes` encode, or null when they are not exactly
 * one (malformed, truncated, trailing bytes, or too long). Re-encoding must
 * give the same bytes back, so what is stored is what Yjs itself writes.
 */
export function decodeAnchorPosition(bytes: Uint8Array): Y.RelativePosition | null {
  if (bytes.length === 0 || bytes.length > ANCHOR_BYTES_MAX) return null;
  try {
    const position = Y.decodeRelativePosition(bytes);
    if (position.item === null && position.tname === null && position.type === null) return null;
    const again = Y.encodeRelativePosition(position);
    if (again.length !== bytes.length || again.some((byte, index) => byte !== bytes[index]))
      return null;
    return position;
  } catch {
    return null;
  }
}
