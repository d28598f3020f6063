"use client";

import { createContext, use, useEffect, useMemo, useState } from "react";
import type { CheckReport } from "@/lib/checks";

type Counts = { passed: number; total: number };
type LiveCheckCounts = { counts: Counts | null; publish: (counts: Counts | null) => void };

const LiveCheckCountsContext = createContext<LiveCheckCounts | null>(null);

/**
 * Shares the open stage's live checklist counts with the stage list beside
 * it, which otherwise shows them as of the last save and lags what the
 * checklist says.
 */
export function LiveCheckCountsProvider({ children }: { children: React.ReactNode }) {
  const [counts, publish] = useState<Counts | null>(null);
  const value = useMemo(() => ({ counts, publish }), [counts]);
  return <LiveCheckCountsContext value={value}>{children}</LiveCheckCountsContext>;
}

/** Publishes the open stage's checklist counts while it is on screen. */
export function usePublishCheckCounts(report: CheckReport | null): void {
  // Only the setter, which never changes: depending on the counts it sets
  // would run this again after every publication.
  const publish = use(LiveCheckCountsContext)?.publish;
  const passed = report?.passed;
  const total = report?.total;
  useEffect(() => {
    if (!publish || passed === undefined || total === undefined) return;
    publish({ passed, total });
  }, [publish, passed, total]);
  useEffect(() => () => publish?.(null), [publish]);
}

/** " · 7/11 checks" for the open stage: live once its checklist has run, else as stored. */
export function ActiveStageChecks({ passed, total }: Counts) {
  const live = use(LiveCheckCountsContext)?.counts;
  const shown = live ?? { passed, total };
  if (shown.total === 0) return null;
  return (
    <span className="tabular-nums">
      {" "}
      · {shown.passed}/{shown.total} checks
    </span>
  );
}
