"use client";

import { createContext, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { LIVE_KINDS, userTopic, type LiveKind } from "@/lib/live-events";

/** What a listener hears: a change on a topic, or "refetch everything" after a gap. */
export type LiveSignal = { kind: LiveKind; topic: string } | { kind: "resync" };
type Listener = (signal: LiveSignal) => void;

export type LiveEvents = {
  /** Adds a section to the page's stream until the returned function is called. */
  follow: (sectionId: string) => () => void;
  /** Calls `listener` for every signal until the returned function is called. */
  listen: (listener: Listener) => () => void;
  /** The signed-in person's own topic. */
  ownTopic: string;
};

export const LiveEventsContext = createContext<LiveEvents | null>(null);

/**
 * One server-sent event stream per page (app/api/live), shared by the bell
 * and whatever the page shows: browsers allow few connections per host
 * over HTTP/1.1, so every component opening its own would soon stall the
 * page's other requests. Following a new section reopens the stream with it.
 */
export function LiveEventsProvider({
  userId,
  children,
}: {
  userId: string;
  children: React.ReactNode;
}) {
  const listeners = useRef(new Set<Listener>());
  const followed = useRef(new Map<string, number>());
  const [sections, setSections] = useState<string[]>([]);

  const follow = useCallback((sectionId: string) => {
    const counts = followed.current;
    counts.set(sectionId, (counts.get(sectionId) ?? 0) + 1);
    setSections([...counts.keys()].sort());
    return () => {
      const count = (counts.get(sectionId) ?? 1) - 1;
      if (count > 0) counts.set(sectionId, count);
      else counts.delete(sectionId);
      setSections([...counts.keys()].sort());
    };
  }, []);

  const listen = useCallback((listener: Listener) => {
    listeners.current.add(listener);
    return () => listeners.current.delete(listener);
  }, []);

  const url = useMemo(() => {
    const query = new URLSearchParams(sections.map((id) => ["section", id]));
    return `/api/live${sections.length ? `?${query}` : ""}`;
  }, [sections]);

  useEffect(() => {
    const source = new EventSource(url);
    const dispatch = (signal: LiveSignal) => {
      for (const listener of listeners.current) listener(signal);
    };
    let interrupted = false;
    source.addEventListener("error", () => {
      interrupted = true;
    });
    // After a gap (a dropped or expired stream), events may have been missed.
    source.addEventListener("ready", () => {
      if (interrupted) dispatch({ kind: "resync" });
      interrupted = false;
    });
    source.addEventListener("resync", () => dispatch({ kind: "resync" }));
    for (const kind of LIVE_KINDS) {
      source.addEventListener(kind, (event) => {
        const topic = topicOf((event as MessageEvent<string>).data);
        if (topic) dispatch({ kind, topic });
      });
    }
    return () => source.close();
  }, [url]);

  const value = useMemo(
    () => ({ follow, listen, ownTopic: userTopic(userId) }),
    [follow, listen, userId],
  );
  return <LiveEventsContext value={value}>{children}</LiveEventsContext>;
}

function topicOf(data: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(data);
    if (
      parsed &&
      typeof parsed === "object" &&
      "topic" in parsed &&
      typeof parsed.topic === "string"
    )
      return parsed.topic;
  } catch {
    // not ours
  }
  return undefined;
}
