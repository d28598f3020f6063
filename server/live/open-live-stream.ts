import "server-only";
import { AppError, notFound } from "@/server/errors";
import { getSectionAccess } from "@/server/data/section/get-section-access";
import { sectionTopic, userTopic } from "@/lib/live-events";
import { liveHub, type LiveMessage } from "./live-hub";

/** Sections one page may follow at once (a stage page follows one). */
const MAX_SECTIONS = 5;
/** A comment line keeps proxies from closing an idle stream. */
const HEARTBEAT_MS = 25_000;
/**
 * Streams end after this and the browser reconnects (EventSource does so by
 * itself), which checks the person's access again: someone removed from a
 * workspace stops hearing about its sections within this time. Events only
 * say "refetch", and every refetch is authorised, so nothing leaks meanwhile.
 */
const MAX_LIFETIME_MS = 5 * 60_000;

export type OpenLiveStreamOptions = {
  userId: string;
  /** Sections whose threads and review the page shows; each must be readable by the person. */
  sectionIds: readonly string[];
  /** Aborted when the browser goes away. */
  signal: AbortSignal;
};

function encode(message: LiveMessage): string {
  const data = "topic" in message ? { topic: message.topic } : {};
  return `event: ${message.kind}\ndata: ${JSON.stringify(data)}\n\n`;
}

/**
 * A server-sent event stream of the person's own notifications and the
 * given sections' changes. Server-sent events rather than polling: the bell
 * and the threads change within a second of the change for everyone, at the
 * cost of one idle connection per open page and no queries while nothing
 * happens; rather than the collab WebSocket, because the bell is on every
 * page, not only where a document is open.
 */
export async function openLiveStream({
  userId,
  sectionIds,
  signal,
}: OpenLiveStreamOptions): Promise<ReadableStream<Uint8Array>> {
  const unique = [...new Set(sectionIds)];
  if (unique.length > MAX_SECTIONS) {
    throw new AppError(400, "INVALID_INPUT", `section: Follow at most ${MAX_SECTIONS} sections.`, {
      section: `Follow at most ${MAX_SECTIONS} sections.`,
    });
  }
  for (const sectionId of unique) {
    if (!(await getSectionAccess({ userId, sectionId }))) throw notFound("Section");
  }
  const topics = [userTopic(userId), ...unique.map(sectionTopic)];
  const encoder = new TextEncoder();
  let close = () => {};

  return new ReadableStream<Uint8Array>({
    start(controller) {
      const write = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          close(); // the stream was closed under us
        }
      };
      const unsubscribe = liveHub().subscribe(topics, (message) => write(encode(message)));
      const heartbeat = setInterval(() => write(": keep-alive\n\n"), HEARTBEAT_MS);
      const lifetime = setTimeout(() => close(), MAX_LIFETIME_MS);
      close = () => {
        unsubscribe();
        clearInterval(heartbeat);
        clearTimeout(lifetime);
        signal.removeEventListener("abort", close);
        try {
          controller.close();
        } catch {
          // already closed
        }
      };
      signal.addEventListener("abort", close);
      // Retry after 3 s when the stream ends; a first event so the browser knows it is open.
      write(`retry: 3000\nevent: ready\ndata: {}\n\n`);
    },
    cancel() {
      close();
    },
  });
}
