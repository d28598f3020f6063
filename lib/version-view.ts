import type { DiffBlock } from "./version-diff";
import type { VersionKind } from "./version-labels";

/** A saved version as the history lists it (no document). */
export type VersionView = {
  id: string;
  kind: VersionKind;
  name: string;
  createdAt: string;
  wordCount: number;
  createdByName: string | null;
  authorNames: string[];
  /** For a restore's two versions: the title of the version it brought back. */
  restoredFromTitle: string | null;
};

/**
 * A page of the history: the newest this many (about two days of steady
 * writing at one automatic version per 5 minutes), then as many again each
 * time older ones are asked for.
 */
export const VERSIONS_LISTED = 200;

/** The history's list for a section, with what this person may do with it. */
export type VersionList = {
  versions: VersionView[];
  /** More versions are older than the last of these (ask with `?before=` its id). */
  hasOlder: boolean;
  /** May save and rename versions (owners and editors). */
  canEdit: boolean;
  /** May restore now: may edit, and the stage is writable. */
  canRestore: boolean;
};

/** One version opened: its differences from the current text. */
export type VersionDetail = {
  version: VersionView;
  /** From this version to the current text, block by block. */
  diff: DiffBlock[];
  changes: number;
};

/** Older pages brought in by "Show older versions", oldest last. */
export type OlderVersions = { versions: VersionView[]; hasOlder: boolean };

/**
 * The newest page, as fetched again after every save, followed by the older
 * pages already shown (less any it now holds itself): refreshing the newest
 * keeps what "Show older versions" brought in, and nothing twice.
 */
export function withOlderVersions(newest: VersionList, older: OlderVersions | null): VersionList {
  if (!older) return newest;
  const shown = new Set(newest.versions.map((version) => version.id));
  return {
    ...newest,
    versions: [...newest.versions, ...older.versions.filter((version) => !shown.has(version.id))],
    hasOlder: older.hasOlder,
  };
}
