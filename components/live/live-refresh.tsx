"use client";

import { useRouter } from "next/navigation";
import type { LiveKind } from "@/lib/live-events";
import { useLiveSignal } from "./use-live-signal";

/**
 * Re-renders the page when the server says what it shows has changed (a
 * stage's review or state; the person's own notifications, one of which is
 * someone joining their workspace), so everyone looking at it sees the change
 * without reloading. The page refetches through its usual server render; the
 * signal carries nothing.
 */
export function LiveRefresh({ kind, sectionId }: { kind: LiveKind; sectionId?: string }) {
  const router = useRouter();
  useLiveSignal({ kind, sectionId, onSignal: () => router.refresh() });
  return null;
}
