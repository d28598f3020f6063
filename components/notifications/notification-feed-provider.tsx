"use client";

import { createContext, use, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useLiveSignal } from "@/components/live/use-live-signal";
import type { NotificationFeed } from "@/lib/notification-item";

export type NotificationFeedState = {
  /** The latest notifications; null until first loaded. */
  feed: NotificationFeed["notifications"] | null;
  unread: number;
  /** Marks these read (optimistically here, then on the server). */
  markRead: (ids: string[]) => void;
  markAllRead: () => void;
};

const NotificationFeedContext = createContext<NotificationFeedState | null>(null);

/** The bell's data, for any bell on the page (the sidebar's and the mobile bar's share it). */
export function useNotificationFeed(): NotificationFeedState {
  const state = use(NotificationFeedContext);
  if (!state) throw new Error("useNotificationFeed needs a NotificationFeedProvider");
  return state;
}

/** The latest feed, or null when it could not be had (offline, navigating away): the next signal retries. */
async function fetchFeed(): Promise<NotificationFeed | null> {
  try {
    const response = await fetch("/api/notifications", { cache: "no-store" });
    return response.ok ? ((await response.json()) as NotificationFeed) : null;
  } catch {
    return null;
  }
}

async function postRead(body: { ids: string[] } | { all: true }) {
  // keepalive: a click on a notification navigates at once; the request must outlive that.
  await fetch("/api/notifications/read", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
    keepalive: true,
  });
}

/**
 * Loads the signed-in person's notifications and keeps them current: the
 * page's live stream (components/live) says when they changed, here or in
 * another tab, and the feed is fetched again through GET /api/notifications.
 */
export function NotificationFeedProvider({
  initialUnread,
  children,
}: {
  /** The unread count the server rendered the page with, so the bell shows it at once. */
  initialUnread: number;
  children: React.ReactNode;
}) {
  const [feed, setFeed] = useState<NotificationFeed["notifications"] | null>(null);
  const [unread, setUnread] = useState(initialUnread);
  // Answers can arrive out of order; only the latest request's may land.
  const latest = useRef(0);

  const refetch = useCallback(() => {
    const request = ++latest.current;
    return fetchFeed().then((body) => {
      if (!body || request !== latest.current) return;
      setFeed(body.notifications);
      setUnread(body.unread);
    });
  }, []);

  // The list itself on arrival (the page rendered only the count); a signal's
  // refetch started meanwhile is the newer answer, and refetch keeps it.
  useEffect(() => {
    void refetch();
  }, [refetch]);
  useLiveSignal({ kind: "notifications", onSignal: () => void refetch() });

  const markRead = useCallback(
    (ids: string[]) => {
      const fresh = new Set(ids);
      const newlyRead = feed?.filter((item) => fresh.has(item.id) && !item.read).length ?? 0;
      setUnread((count) => Math.max(0, count - newlyRead));
      setFeed(
        (items) =>
          items?.map((item) => (fresh.has(item.id) ? { ...item, read: true } : item)) ?? null,
      );
      void postRead({ ids }).then(refetch, refetch);
    },
    [feed, refetch],
  );

  const markAllRead = useCallback(() => {
    setFeed((items) => items?.map((item) => ({ ...item, read: true })) ?? null);
    setUnread(0);
    void postRead({ all: true }).then(refetch, refetch);
  }, [refetch]);

  const value = useMemo(
    () => ({ feed, unread, markRead, markAllRead }),
    [feed, unread, markRead, markAllRead],
  );
  return <NotificationFeedContext value={value}>{children}</NotificationFeedContext>;
}
