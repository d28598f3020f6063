"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useLiveSignal } from "@/components/live/use-live-signal";
import { onSectionSaved } from "@/components/editor/section-events";
import {
  withOlderVersions,
  type OlderVersions,
  type VersionDetail,
  type VersionList,
} from "@/lib/version-view";

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { cache: "no-store" });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

/**
 * A section's versions while the history is open, and the one opened with
 * its differences, through the authorised API. Responses that arrive out of
 * order are dropped, so what shows is always the newest asked for.
 */
export function useVersions(sectionId: string, open: boolean) {
  const [list, setList] = useState<VersionList | null>(null);
  const [detail, setDetail] = useState<VersionDetail | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const [older, setOlder] = useState<OlderVersions | null>(null);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const listRequest = useRef(0);
  const detailRequest = useRef(0);

  const refetch = useCallback((): Promise<void> => {
    const request = ++listRequest.current;
    return getJson<VersionList>(`/api/sections/${sectionId}/versions`).then(
      (fetched) => {
        if (request !== listRequest.current) return;
        setList(fetched);
        setFailed(false);
        setSelectedId((current) => current ?? fetched.versions[0]?.id ?? null);
      },
      () => {
        if (request === listRequest.current) setFailed(true);
      },
    );
  }, [sectionId]);

  const loadDetail = useCallback((versionId: string): Promise<void> => {
    const request = ++detailRequest.current;
    return getJson<VersionDetail>(`/api/versions/${versionId}`).then(
      (fetched) => {
        if (request === detailRequest.current) setDetail(fetched);
      },
      () => {
        if (request === detailRequest.current) setFailed(true);
      },
    );
  }, []);

  useEffect(() => {
    if (open) void refetch();
  }, [open, refetch]);
  useEffect(() => {
    if (open && selectedId) void loadDetail(selectedId);
  }, [open, selectedId, loadDetail]);
  // A stage sent to review, completed or reopened keeps a version and may
  // change whether restoring is allowed: the open history follows.
  useLiveSignal({
    kind: "review",
    sectionId,
    onSignal: () => {
      if (open) void refetch();
    },
  });

  // The opened version is compared with the stored text: when anyone's edits
  // are stored, compare again (and the list, which an automatic version may join).
  useEffect(() => {
    if (!open) return;
    return onSectionSaved(sectionId, () => {
      void refetch();
      if (selectedId) void loadDetail(selectedId);
    });
  }, [open, sectionId, selectedId, refetch, loadDetail]);

  /** After a change: the list again, and the opened version's differences (the current text moved). */
  const refresh = useCallback(
    async (select?: string) => {
      if (select) setSelectedId(select);
      await refetch();
      const id = select ?? selectedId;
      if (id) await loadDetail(id);
    },
    [refetch, loadDetail, selectedId],
  );

  const shown = useMemo(() => (list ? withOlderVersions(list, older) : null), [list, older]);

  /** The page of versions older than the last shown, added below them. */
  const showOlder = useCallback(async () => {
    const oldest = shown?.versions.at(-1);
    if (!oldest) return;
    setLoadingOlder(true);
    try {
      const page = await getJson<VersionList>(
        `/api/sections/${sectionId}/versions?before=${encodeURIComponent(oldest.id)}`,
      );
      setOlder((current) => ({
        versions: [...(current?.versions ?? []), ...page.versions],
        hasOlder: page.hasOlder,
      }));
    } catch {
      setFailed(true);
    } finally {
      setLoadingOlder(false);
    }
  }, [shown, sectionId]);

  return {
    list: shown,
    detail,
    selectedId,
    select: setSelectedId,
    failed,
    refresh,
    showOlder,
    loadingOlder,
  };
}
