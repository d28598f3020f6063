/**
 * The benchmark's simulated browsers: one HocuspocusProvider and one
 * WebSocket each (as test/support/collab.ts `connect`), typing into a
 * paragraph of their own at a steady rate, and timing how long each sampled
 * keystroke takes to reach the other clients on the same document.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import WebSocket from "ws";
import * as Y from "yjs";
import { YJS_FIELD } from "@/editor/extensions";

/** Every SAMPLE_EVERY-th keystroke of each typist is timed at every other client. */
export const SAMPLE_EVERY = 5;

const PHRASE = "The quick brown fox jumps over the lazy dog. ";

/** What all clients of one run add up, while `recording` (the measured window). */
export class Meter {
  recording = false;
  /** Keystroke-to-other-client latencies of the sampled keystrokes, in ms. */
  readonly latenciesMs: number[] = [];
  /** When each latency was observed (performance.now()), for --trace. */
  readonly observedAt: number[] = [];
  /** Remote document updates applied by the clients during the window. */
  applied = 0;
  /** Characters typed during the window. */
  typedInWindow = 0;
  /** Characters typed in all (warm-up, window): what ends up stored. */
  typed = 0;
  /** WebSocket closes seen after connecting (there should be none). */
  closes = 0;
}

type Awaited = { clock: number; t0: number };

export type ClientOptions = {
  url: string;
  documentName: string;
  token: string | (() => Promise<string>);
  /** The loopback address the socket connects from (the server limits connections per IP). */
  localAddress: string;
  /** Applied before connecting: the bare server seeds no template. */
  initialState?: Uint8Array;
  meter: Meter;
};

/** A socket class binding to `localAddress`; ws reports closing a connecting socket as an error, ignored here. */
/** A WebSocket class whose sockets connect from `localAddress` (the servers limit connections per IP). */
export function socketFrom(localAddress: string) {
  return class BenchWebSocket extends WebSocket {
    constructor(url: string) {
      super(url, { localAddress });
      this.on("error", () => {});
    }
  };
}

export class BenchClient {
  readonly doc = new Y.Doc();
  readonly socket: HocuspocusProviderWebsocket;
  readonly provider: HocuspocusProvider;
  /** Resolves once connected, authenticated and synced; rejects if refused. */
  readonly ready: Promise<void>;
  /** The other clients on the same document. */
  peers: BenchClient[] = [];
  readonly #meter: Meter;
  /** Sampled keystrokes of other clients not yet seen here, by their clientID, oldest first. */
  readonly #awaited = new Map<number, Awaited[]>();
  #text: Y.XmlText | undefined;
  #keystrokes = 0;
  /** Which of every SAMPLE_EVERY keystrokes is sampled: random, so that samples spread evenly over time. */
  readonly #sampleOffset = Math.floor(Math.random() * SAMPLE_EVERY);
  #timers: NodeJS.Timeout[] = [];
  #connected = false;

  constructor({ url, documentName, token, localAddress, initialState, meter }: ClientOptions) {
    this.#meter = meter;
    if (initialState) Y.applyUpdate(this.doc, initialState);
    this.doc.on("update", (_update: Uint8Array, origin: unknown) => {
      if (origin === null) return; // our own keystrokes
      if (this.#meter.recording) this.#meter.applied++;
      if (this.#awaited.size > 0) this.#check(performance.now());
    });
    this.socket = new HocuspocusProviderWebsocket({
      url,
      WebSocketPolyfill: socketFrom(localAddress),
      maxAttempts: 0,
      delay: 50,
      minDelay: 50,
      maxDelay: 500,
    });
    this.socket.on("close", () => {
      if (this.#connected) this.#meter.closes++;
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
      onSynced: () => {
        this.#connected = true;
        resolveReady();
      },
    });
    this.provider.attach();
  }

  /**
   * After `delayMs`, adds a paragraph at the end of the document (the
   * document's first change), then types a character into it every
   * `periodMs`, at a random phase.
   */
  startTyping(periodMs: number, delayMs = 0) {
    this.#timers.push(
      setTimeout(() => {
        const paragraph = new Y.XmlElement("paragraph");
        const text = new Y.XmlText();
        paragraph.insert(0, [text]);
        const fragment = this.doc.getXmlFragment(YJS_FIELD);
        fragment.insert(fragment.length, [paragraph]);
        this.#text = text;
        this.#timers.push(
          setTimeout(() => {
            this.#keystroke();
            this.#timers.push(setInterval(() => this.#keystroke(), periodMs));
          }, Math.random() * periodMs),
        );
      }, delayMs),
    );
  }

  stopTyping() {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers = [];
  }

  /** Latency observations still outstanding here. */
  get outstanding(): number {
    let count = 0;
    for (const queue of this.#awaited.values()) count += queue.length;
    return count;
  }

  /** The state vector, to check that every client of a document converged. */
  stateVector(): string {
    return Buffer.from(Y.encodeStateVector(this.doc)).toString("base64");
  }

  destroy() {
    this.stopTyping();
    this.#connected = false;
    this.provider.destroy();
    this.socket.destroy();
  }

  #keystroke() {
    const text = this.#text;
    if (!text) return;
    const t0 = performance.now();
    text.insert(text.length, PHRASE.charAt(this.#keystrokes % PHRASE.length));
    this.#keystrokes++;
    this.#meter.typed++;
    if (!this.#meter.recording) return;
    this.#meter.typedInWindow++;
    if ((this.#keystrokes + this.#sampleOffset) % SAMPLE_EVERY !== 0) return;
    // The insert went out synchronously; the peers can only see it in a later turn.
    const clock = Y.getState(this.doc.store, this.doc.clientID);
    for (const peer of this.peers) peer.#await(this.doc.clientID, clock, t0);
  }

  #await(clientId: number, clock: number, t0: number) {
    const queue = this.#awaited.get(clientId);
    if (queue) queue.push({ clock, t0 });
    else this.#awaited.set(clientId, [{ clock, t0 }]);
  }

  /** Records every awaited keystroke this document now contains. */
  #check(now: number) {
    for (const [clientId, queue] of this.#awaited) {
      const state = Y.getState(this.doc.store, clientId);
      let seen = 0;
      for (const awaited of queue) {
        if (awaited.clock > state) break;
        this.#meter.latenciesMs.push(now - awaited.t0);
        this.#meter.observedAt.push(now);
        seen++;
      }
      if (seen === queue.length) this.#awaited.delete(clientId);
      else if (seen > 0) queue.splice(0, seen);
    }
  }
}
