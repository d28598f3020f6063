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

/** The history's list for a section, with what this person may do with it. */
export type VersionList = {
  versions: VersionView[];
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
