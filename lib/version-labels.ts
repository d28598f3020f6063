/**
 * How the history names a saved version and says who made it. The kinds
 * mirror the database's VersionKind enum (prisma/schema.prisma).
 */
export const VERSION_KINDS = [
  "AUTO",
  "REVIEW",
  "COMPLETE",
  "NAMED",
  "BEFORE_RESTORE",
  "RESTORED",
] as const;
export type VersionKind = (typeof VERSION_KINDS)[number];

/** Why a version was kept, when nobody named it. */
export const VERSION_KIND_LABELS: Record<VersionKind, string> = {
  AUTO: "Saved while editing",
  REVIEW: "Sent to review",
  COMPLETE: "Stage completed",
  NAMED: "Saved version",
  BEFORE_RESTORE: "Before a restore",
  RESTORED: "Restored version",
};

/** What the person who took a version did, for the byline. */
const ACTS: Record<VersionKind, string> = {
  AUTO: "Saved",
  REVIEW: "Sent to review",
  COMPLETE: "Completed",
  NAMED: "Saved",
  BEFORE_RESTORE: "Kept",
  RESTORED: "Restored",
};

/** A version's title: its name, else why it was kept. */
export function versionTitle(version: { kind: VersionKind; name: string }): string {
  return version.name.trim() || VERSION_KIND_LABELS[version.kind];
}

/** "Ann", "Ann and Bob", "Ann, Bob and Cy", "Ann, Bob and 2 others". */
export function listNames(names: readonly string[], max = 3): string {
  const unique = [...new Set(names)];
  if (unique.length <= 1) return unique[0] ?? "";
  if (unique.length <= max)
    return `${unique.slice(0, -1).join(", ")} and ${unique[unique.length - 1]}`;
  const others = unique.length - (max - 1);
  return `${unique.slice(0, max - 1).join(", ")} and ${others} others`;
}

/**
 * Who made a version: "Completed by Ann · edited by Ann and Bob",
 * "Edited by Bob" for one saved while people typed, "" when nobody is known.
 */
export function versionByline(version: {
  kind: VersionKind;
  createdByName: string | null;
  authorNames: readonly string[];
}): string {
  const parts: string[] = [];
  if (version.createdByName) parts.push(`${ACTS[version.kind]} by ${version.createdByName}`);
  // "Saved by Ann · edited by Ann" says nothing twice: only when others wrote too.
  const others = version.authorNames.some((name) => name !== version.createdByName);
  if (others) {
    const edited = `edited by ${listNames(version.authorNames)}`;
    parts.push(parts.length ? edited : edited[0]?.toUpperCase() + edited.slice(1));
  }
  return parts.join(" · ");
}

/**
 * How a restore's two versions relate to the version it brought back:
 * "Brings back “Draft for Tuesday”", "Replaced by “Draft for Tuesday”".
 */
export function restoreLabel(kind: VersionKind, sourceTitle: string): string {
  return kind === "BEFORE_RESTORE"
    ? `Replaced by “${sourceTitle}”`
    : `Brings back “${sourceTitle}”`;
}
