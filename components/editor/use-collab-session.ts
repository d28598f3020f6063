"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import { useRouter } from "next/navigation";
import { CollabSession, type CollabSnapshot } from "./collab-session";
import type { TCollabTokenResponse } from "./collab-token";

/**
 * The collaborative session of one section while the component is mounted
 * (mount it with `key={sectionId}`); `pageToken`, the first collab token
 * rendered with the page, saves the first connection a request. When the server closes the socket
 * because rights changed, the page is refreshed once the server has
 * decided again, so the stage panel (state badge, buttons, read-only reason) shows
 * what the server now says.
 */
export function useCollabSession(
  sectionId: string,
  pageToken?: TCollabTokenResponse,
): {
  session: CollabSession;
  snapshot: CollabSnapshot;
} {
  const router = useRouter();
  const [session] = useState(
    () => new CollabSession({ sectionId, pageToken, onRightsChanged: () => router.refresh() }),
  );

  useEffect(() => {
    void session.start();
    return () => session.stop();
  }, [session]);

  const snapshot = useSyncExternalStore(
    session.subscribe,
    session.getSnapshot,
    session.getSnapshot,
  );
  return { session, snapshot };
}
