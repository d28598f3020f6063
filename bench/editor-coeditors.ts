/**
 * The simulated co-editors of the editor benchmark: real HocuspocusProviders
 * in this process, each a different person with a valid collab token, each
 * typing into a paragraph of its own at the end of the document and moving
 * its caret there (awareness), as a person in another browser would.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import * as Y from "yjs";
import { YJS_FIELD } from "@/editor/extensions";
import { socketFrom } from "./clients";

const PHRASE = "Someone else is writing this sentence, one key at a time. ";
const COLORS = ["#2563eb", "#16a34a", "#db2777", "#ea580c", "#7c3aed", "#0891b2"];

export type CoEditorOptions = {
  url: string;
  documentName: string;
  user: { id: string; name: string };
  token: () => Promise<string>;
  /** The loopback address the socket connects from (the server limits connections per IP). */
  localAddress: string;
  index: number;
};

/** One person in another browser. */
export class CoEditor {
  readonly doc = new Y.Doc();
  readonly socket: HocuspocusProviderWebsocket;
  readonly provider: HocuspocusProvider;
  /** Resolves once connected, authenticated and synced. */
  readonly ready: Promise<void>;
  #text?: Y.XmlText;
  #timer?: NodeJS.Timeout;
  #typed = 0;

  constructor({ url, documentName, user, token, localAddress, index }: CoEditorOptions) {
    const color = COLORS[index % COLORS.length] ?? "#71717a";
    this.socket = new HocuspocusProviderWebsocket({
      url,
      WebSocketPolyfill: socketFrom(localAddress),
      maxAttempts: 0,
      delay: 100,
      minDelay: 100,
      maxDelay: 1_000,
    });
    let resolveReady: () => void = () => {};
    let rejectReady: (error: Error) => void = () => {};
    this.ready = new Promise<void>((resolve, reject) => {
      resolveReady = resolve;
      rejectReady = reject;
    });
    this.provider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name: documentName,
      document: this.doc,
      token,
      onAuthenticationFailed: ({ reason }) => rejectReady(new Error(`refused: ${reason}`)),
      onSynced: () => resolveReady(),
      onClose: ({ event }) => rejectReady(new Error(`closed: ${event.code} ${event.reason}`)),
    });
    this.provider.attach();
    this.provider.setAwarenessField("user", { ...user, color });
  }

  /**
   * Adds a paragraph at the end, then types `charsPerSecond` characters a
   * second into it (instead of the previous one, if any).
   */
  startTyping(charsPerSecond: number) {
    this.stopTyping();
    const paragraph = new Y.XmlElement("paragraph");
    const text = new Y.XmlText();
    paragraph.insert(0, [text]);
    const fragment = this.doc.getXmlFragment(YJS_FIELD);
    fragment.insert(fragment.length, [paragraph]);
    this.#text = text;
    const period = 1_000 / charsPerSecond;
    // A random phase, so that the co-editors' keystrokes do not arrive together.
    this.#timer = setTimeout(() => {
      this.#keystroke();
      this.#timer = setInterval(() => this.#keystroke(), period);
    }, Math.random() * period);
  }

  stopTyping() {
    clearTimeout(this.#timer);
    clearInterval(this.#timer);
  }

  destroy() {
    this.stopTyping();
    this.provider.destroy();
    this.socket.destroy();
  }

  #keystroke() {
    const text = this.#text;
    if (!text) return;
    text.insert(text.length, PHRASE.charAt(this.#typed++ % PHRASE.length));
    // The caret after the new character, as y-prosemirror's cursor plugin shares it.
    const at = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, text.length));
    this.provider.setAwarenessField("cursor", { anchor: at, head: at });
  }
}
