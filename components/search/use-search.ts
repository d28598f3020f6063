"use client";

import { useEffect, useState } from "react";
import type { SearchResponse, SearchResult } from "@/lib/search/types";

/** Wait this long after the last keystroke before asking: one request per pause, not per key. */
const DEBOUNCE_MS = 150;

export type SearchState = {
  /** The results for `query`, or the last ones while the next are on their way. */
  results: SearchResult[];
  /** What the results are for ("" before the first answer). */
  query: string;
  status: "idle" | "loading" | "done" | "error";
  /** The server's reason for a refusal (too long, say). */
  error?: string;
};

const IDLE: SearchState = { results: [], query: "", status: "idle" };

/**
 * Results as you type, from GET /api/search: debounced, and each new query
 * aborts the one before, so an old answer never replaces a newer one.
 */
export function useSearch(workspaceId: string, query: string, limit: number): SearchState {
  const [state, setState] = useState<SearchState>(IDLE);
  const q = query.trim();

  useEffect(() => {
    if (!q) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setState((previous) => ({ ...previous, status: "loading" }));
      const params = new URLSearchParams({ workspace: workspaceId, q, limit: String(limit) });
      try {
        const response = await fetch(`/api/search?${params}`, { signal: controller.signal });
        const body: unknown = await response.json();
        if (!response.ok) {
          const message =
            (body as { error?: { message?: string } }).error?.message ?? "Search failed.";
          setState({ results: [], query: q, status: "error", error: message });
          return;
        }
        setState({ results: (body as SearchResponse).results, query: q, status: "done" });
      } catch (error) {
        if (controller.signal.aborted) return;
        setState({
          results: [],
          query: q,
          status: "error",
          error: error instanceof Error ? "Search is not reachable." : "Search failed.",
        });
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [workspaceId, q, limit]);

  return q ? state : IDLE;
}
