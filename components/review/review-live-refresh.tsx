"use client";

import { useRouter } from "next/navigation";
import { useLiveSignal } from "@/components/live/use-live-signal";

/**
 * Re-renders the stage page when its review or state changes (a request, an
 * answer, a withdrawal, a completion), so everyone looking at it sees the
 * change without reloading. The page refetches through its usual server
 * render; the signal carries nothing.
 */
export function ReviewLiveRefresh({ sectionId }: { sectionId: string }) {
  const router = useRouter();
  useLiveSignal({ kind: "review", sectionId, onSignal: () => router.refresh() });
  return null;
}
