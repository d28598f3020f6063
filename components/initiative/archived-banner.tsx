import { ArchiveIcon } from "lucide-react";
import { formatDate } from "@/lib/format";
import { RestoreButton } from "./restore-button";

type Props = {
  initiativeId: string;
  archived: { at: Date; by: string | null };
  /** From the permission policy (initiative.archive): owners and editors restore. */
  canRestore: boolean;
};

/** Says, on every page of an archived initiative, that it is read-only, since when and by whom. */
export function ArchivedBanner({ initiativeId, archived, canRestore }: Props) {
  return (
    <div
      role="status"
      aria-label="Archived"
      className="flex flex-wrap items-center gap-x-3 gap-y-2 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100"
    >
      <ArchiveIcon className="size-4 shrink-0" aria-hidden />
      <p className="min-w-0 flex-1">
        <span className="font-medium">
          Archived{archived.by ? ` by ${archived.by}` : ""} on {formatDate(archived.at)}.
        </span>{" "}
        Everything here is read-only until it is restored.
      </p>
      {canRestore ? <RestoreButton initiativeId={initiativeId} /> : null}
    </div>
  );
}
