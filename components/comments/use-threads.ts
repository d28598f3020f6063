"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { useLiveSignal } from "@/components/live/use-live-signal";
import type { ThreadView } from "@/lib/comments/types";

/**
 * A section's comment threads, fetched through the authorised API and again
 * whenever the server says they changed (anyone's write, or a gap in the
 * live stream). Responses that arrive out of order are dropped, so the
 * list shown is always the newest asked for.
 */
export function useThreads(sectionId: string) {
  const [threads, setThreads] = useState<ThreadView[] | null>(null);
  const [failed, setFailed] = useState(false);
  const latest = useRef(0);

  const refetch = useCallback((): Promise<void> => {
    const request = ++latest.current;
    return fetchThreads(sectionId).then(
      (fetched) => {
        if (request !== latest.current) return;
        setThreads(fetched);
        setFailed(false);
      },
      () => {
        if (request === latest.current) setFailed(true);
      },
    );
  }, [sectionId]);

  useEffect(() => {
    void refetch();
  }, [refetch]);
  useLiveSignal({ kind: "threads", sectionId, onSignal: () => void refetch() });

  return { threads, failed, refetch };
}

async function fetchThreads(sectionId: string): Promise<ThreadView[]> {
  const response = await fetch(`/api/sections/${sectionId}/threads`, { cache: "no-store" });
  if (!response.ok) throw new Error(`threads: ${response.status}`);
  return ((await response.json()) as { threads: ThreadView[] }).threads;
}
