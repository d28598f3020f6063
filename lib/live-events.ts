/**
 * Live events: the server's word to open pages that something they show
 * has changed. An event names a topic and a kind, never the data: the page
 * fetches what changed through the usual authorised routes, so an event
 * can reveal nothing its listener may not read.
 */
import { z } from "@/lib/schemas/zod";

export const LIVE_KINDS = ["notifications", "threads", "review"] as const;
export type LiveKind = (typeof LIVE_KINDS)[number];

/** A person's own events (their notifications). */
export const userTopic = (userId: string) => `user:${userId}`;
/** Everyone reading a section (its comment threads, its review). */
export const sectionTopic = (sectionId: string) => `section:${sectionId}`;

export const ZLiveEventSchema = z.object({
  topic: z.string().regex(/^(user|section):[A-Za-z0-9_-]{1,64}$/),
  kind: z.enum(LIVE_KINDS),
});
export type TLiveEvent = z.infer<typeof ZLiveEventSchema>;
