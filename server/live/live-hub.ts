import "server-only";
import { env } from "@/lib/env";
import { ZLiveEventSchema, type TLiveEvent } from "@/lib/live-events";
import { PgListener } from "@/server/pg/pg-listener";
import { LIVE_CHANNEL } from "./publish-live";

/** What a subscriber hears: an event on one of its topics, or "anything may have changed". */
export type LiveMessage = TLiveEvent | { kind: "resync" };
type Subscriber = { topics: ReadonlySet<string>; send: (message: LiveMessage) => void };

/**
 * The app process's one LISTEN connection for live events, shared by every
 * open page's stream (app/api/live). Started on the first subscription.
 * A process-wide singleton on globalThis, since Next loads this module once
 * per route bundle.
 */
class LiveHub {
  readonly #subscribers = new Set<Subscriber>();
  #listener?: PgListener;
  #started?: Promise<void>;

  /** Calls `send` for every event on `topics` until the returned function is called. */
  subscribe(topics: readonly string[], send: Subscriber["send"]): () => void {
    const subscriber: Subscriber = { topics: new Set(topics), send };
    this.#subscribers.add(subscriber);
    this.#start();
    return () => this.#subscribers.delete(subscriber);
  }

  /** Whether events are being received right now (for /api/health). */
  get listening(): boolean {
    return this.#listener?.listening ?? false;
  }

  /** Resolves once the first attempt to LISTEN has finished (for tests and startup). */
  started(): Promise<void> {
    this.#start();
    return this.#started ?? Promise.resolve();
  }

  /** Stops listening; the next subscription starts again (tests drop their database after this). */
  async stop(): Promise<void> {
    const listener = this.#listener;
    this.#listener = undefined;
    this.#started = undefined;
    await listener?.stop();
  }

  #start() {
    if (this.#listener) return;
    this.#listener = new PgListener({
      connectionString: env().DATABASE_URL,
      channel: LIVE_CHANNEL,
      logPrefix: "[live]",
      onPayload: (payload) => this.#receive(payload),
      // Events sent while the connection was down are lost: every page refetches.
      onResume: () => this.#broadcast({ kind: "resync" }),
    });
    this.#started = this.#listener.start();
  }

  #receive(payload: string) {
    let event: TLiveEvent;
    try {
      event = ZLiveEventSchema.parse(JSON.parse(payload));
    } catch {
      console.warn("[live] ignored a malformed event");
      return;
    }
    for (const subscriber of this.#subscribers) {
      if (subscriber.topics.has(event.topic)) subscriber.send(event);
    }
  }

  #broadcast(message: LiveMessage) {
    for (const subscriber of this.#subscribers) subscriber.send(message);
  }
}

const globalForLive = globalThis as unknown as { forewordLiveHub?: LiveHub };

/** The process's live-event hub. */
export function liveHub(): LiveHub {
  globalForLive.forewordLiveHub ??= new LiveHub();
  return globalForLive.forewordLiveHub;
}
