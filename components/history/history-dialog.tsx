"use client";

import { inSentence } from "@/lib/format";
import { useState } from "react";
import { toast } from "sonner";
import { HistoryIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { Skeleton } from "@/components/ui/skeleton";
import { nameVersionAction } from "@/server/actions/name-version";
import { useVersions } from "./use-versions";
import { VersionEntries } from "./version-entries";
import { VersionDetail } from "./version-detail";
import { VersionNameForm } from "./version-name-form";

type Props = { sectionId: string; label: string };

/**
 * The stage's history: its versions beside the one opened, compared with
 * the current text. Editors save the current text under a name, rename
 * versions and restore one while the stage is being drafted.
 */
export function HistoryDialog({ sectionId, label }: Props) {
  const [open, setOpen] = useState(false);
  const { list, detail, selectedId, select, failed, refresh, showOlder, loadingOlder } =
    useVersions(sectionId, open);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm">
          <HistoryIcon /> History
        </Button>
      </DialogTrigger>
      <DialogContent className="grid max-h-[calc(100dvh-2rem)] grid-rows-[auto_minmax(0,1fr)] sm:max-w-5xl">
        <DialogHeader>
          <DialogTitle>History of the {inSentence(label)}</DialogTitle>
          <DialogDescription>
            Kept when the stage goes to review or completes, every few minutes while people write,
            and whenever someone saves a version.
          </DialogDescription>
        </DialogHeader>
        <div className="grid min-h-0 gap-6 overflow-y-auto md:grid-cols-[17rem_minmax(0,1fr)] md:overflow-visible">
          {/* min-h-0 only side by side: stacked on a phone, a shrunk row would draw the version over the list. */}
          <div className="grid content-start gap-3 md:min-h-0 md:overflow-y-auto md:pr-1">
            {list?.canEdit ? (
              <VersionNameForm
                label="Name for the current text"
                heading="Save the current text as a version"
                placeholder="Name it, e.g. Draft for Tuesday"
                submit="Save version"
                pendingLabel="Saving…"
                save={(name) => nameVersionAction({ name }, sectionId)}
                onSaved={(saved) => {
                  toast.success(`Saved the current text as “${saved.name}”.`);
                  void refresh(saved.versionId);
                }}
              />
            ) : null}
            {failed ? (
              <p role="alert" className="text-sm text-destructive">
                The history could not be loaded. Close it and try again.
              </p>
            ) : list ? (
              <>
                <VersionEntries
                  versions={list.versions}
                  selectedId={selectedId}
                  onSelect={select}
                />
                {list.hasOlder ? (
                  <Button
                    variant="ghost"
                    size="sm"
                    disabled={loadingOlder}
                    onClick={() => void showOlder()}
                  >
                    {loadingOlder ? "Loading older versions…" : "Show older versions"}
                  </Button>
                ) : null}
              </>
            ) : (
              <Skeleton className="h-40" />
            )}
          </div>
          <div className="min-w-0 md:min-h-0 md:overflow-y-auto md:pr-1">
            {detail && list && detail.version.id === selectedId ? (
              <VersionDetail
                detail={detail}
                label={label}
                canEdit={list.canEdit}
                canRestore={list.canRestore}
                onChanged={(versionId) => void refresh(versionId)}
              />
            ) : selectedId ? (
              <Skeleton className="h-64" />
            ) : null}
          </div>
        </div>
      </DialogContent>
    </Dialog>
  );
}
