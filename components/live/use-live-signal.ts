"use client";

import { use, useEffect, useRef } from "react";
import { sectionTopic, type LiveKind } from "@/lib/live-events";
import { LiveEventsContext } from "./live-events-provider";

export type UseLiveSignalOptions = {
  /** Which change to hear. */
  kind: LiveKind;
  /** A section's changes (threads, review); omitted: the person's own (notifications). */
  sectionId?: string;
  /** Called on every matching change, and after any gap in the stream (refetch then). */
  onSignal: () => void;
};

/**
 * Calls `onSignal` when the server says something this component shows has
 * changed. The component then refetches through its usual authorised route;
 * the signal itself carries no data.
 */
export function useLiveSignal({ kind, sectionId, onSignal }: UseLiveSignalOptions): void {
  const live = use(LiveEventsContext);
  const callback = useRef(onSignal);
  useEffect(() => {
    callback.current = onSignal;
  });

  useEffect(() => {
    if (!live || !sectionId) return;
    return live.follow(sectionId);
  }, [live, sectionId]);

  useEffect(() => {
    if (!live) return;
    const topic = sectionId ? sectionTopic(sectionId) : live.ownTopic;
    return live.listen((signal) => {
      if (signal.kind === "resync" || (signal.kind === kind && signal.topic === topic))
        callback.current();
    });
  }, [live, kind, sectionId]);
}
