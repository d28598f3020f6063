"use client";

import { inSentence } from "@/lib/format";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { PencilIcon, RotateCcwIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { renameVersionAction } from "@/server/actions/rename-version";
import { restoreVersionAction } from "@/server/actions/restore-version";
import { VERSION_KIND_LABELS, versionByline, versionTitle } from "@/lib/version-labels";
import type { VersionDetail as Detail } from "@/lib/version-view";
import { DiffView } from "./diff-view";
import { VersionNameForm } from "./version-name-form";
import { formatTaken } from "./version-entries";

type Props = {
  detail: Detail;
  /** The stage's label, for messages ("Press release"). */
  label: string;
  canEdit: boolean;
  canRestore: boolean;
  /** After a rename or a restore: refetch, selecting this version. */
  onChanged: (versionId?: string) => void;
};

/** One version, read-only, compared with the current text; rename and restore for editors. */
export function VersionDetail({ detail, label, canEdit, canRestore, onChanged }: Props) {
  const { version, diff, changes } = detail;
  const [renaming, setRenaming] = useState(false);
  const [restoring, startRestore] = useTransition();
  const title = versionTitle(version);
  const byline = versionByline(version);

  const restore = () =>
    startRestore(async () => {
      const result = await restoreVersionAction({}, version.id);
      if (!result.ok) {
        toast.error(result.error);
        return;
      }
      toast.success(`Restored “${title}”: it is now the ${inSentence(label)} for everyone.`);
      onChanged();
    });

  return (
    <section aria-label={`Version: ${title}`} className="grid min-w-0 content-start gap-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="grid min-w-0 gap-0.5">
          {renaming ? (
            <VersionNameForm
              label="Version name"
              initial={version.name}
              submit="Rename"
              pendingLabel="Renaming…"
              save={(name) => renameVersionAction({ name }, version.id)}
              onSaved={() => {
                setRenaming(false);
                onChanged(version.id);
              }}
              onCancel={() => setRenaming(false)}
            />
          ) : (
            <h3 className="truncate text-base font-semibold">{title}</h3>
          )}
          <p className="text-xs text-muted-foreground">
            {formatTaken(version.createdAt)}
            {version.name ? ` · ${VERSION_KIND_LABELS[version.kind]}` : ""}
            {byline ? ` · ${byline}` : ""}
          </p>
        </div>
        {canEdit ? (
          <div className="flex items-center gap-2">
            {renaming ? null : (
              <Button variant="ghost" size="sm" onClick={() => setRenaming(true)}>
                <PencilIcon /> {version.name ? "Rename" : "Name it"}
              </Button>
            )}
            <ConfirmButton
              title={`Restore “${title}”?`}
              description={`It becomes the ${inSentence(label)}'s text for everyone, in every open editor.`}
              details={
                <p className="text-sm text-muted-foreground">
                  The current text is kept as a version first, so nothing is lost: you can restore
                  it the same way.
                </p>
              }
              confirm="Restore this version"
              disabled={!canRestore || restoring || changes === 0}
              onConfirm={restore}
            >
              <RotateCcwIcon /> {restoring ? "Restoring…" : "Restore"}
            </ConfirmButton>
          </div>
        ) : null}
      </div>
      {canEdit && !canRestore ? (
        <p className="rounded-md bg-muted px-3 py-2 text-sm text-muted-foreground" role="status">
          Reopen the stage to restore an earlier version.
        </p>
      ) : null}
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted-foreground">
        <span className="font-medium text-foreground">
          {changes === 0
            ? "Same as the current text."
            : `${changes} ${changes === 1 ? "block differs" : "blocks differ"} from the current text:`}
        </span>
        {changes > 0 ? (
          <>
            <span>
              <del className="rounded-sm bg-red-100 px-1 text-red-950">struck through</del> only in
              this version
            </span>
            <span>
              <ins className="rounded-sm bg-emerald-100 px-1 text-emerald-950 no-underline">
                highlighted
              </ins>{" "}
              written since
            </span>
          </>
        ) : null}
      </p>
      <DiffView key={version.id} blocks={diff} />
    </section>
  );
}
