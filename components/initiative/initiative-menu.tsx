"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import {
  ArchiveIcon,
  ArchiveRestoreIcon,
  EllipsisIcon,
  PencilIcon,
  Trash2Icon,
  UsersIcon,
} from "lucide-react";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { ConfirmDialog } from "@/components/ui/confirm-button";
import { NameDialog } from "@/components/forms/name-dialog";
import { EditCustomerDialog } from "./edit-customer-dialog";
import { useRestoreInitiative } from "./use-restore-initiative";
import { renameInitiativeAction } from "@/server/actions/rename-initiative";
import { archiveInitiativeAction } from "@/server/actions/archive-initiative";
import { deleteInitiativeAction } from "@/server/actions/delete-initiative";
import { LIMITS } from "@/lib/schemas/limits";
import type { CustomerAnswers } from "@/lib/customer-questions";

type Props = {
  workspaceId: string;
  initiative: { id: string; title: string };
  answers: CustomerAnswers;
  archived: boolean;
  /** From getInitiative's `may` (the permission policy and whether it is archived). */
  may: { edit: boolean; archive: boolean; delete: boolean };
};

type Open = "rename" | "customer" | "archive" | "delete" | null;

/** The initiative's "…" menu: only what this person may do to it. */
export function InitiativeMenu({ workspaceId, initiative, answers, archived, may }: Props) {
  const router = useRouter();
  const [open, setOpen] = useState<Open>(null);
  const [pending, startTransition] = useTransition();
  const { restore, pending: restoring } = useRestoreInitiative(initiative.id);
  const dialog = (name: Exclude<Open, null>) => ({
    open: open === name,
    onOpenChange: (next: boolean) => setOpen(next ? name : null),
  });
  if (!may.edit && !may.archive && !may.delete) return null;

  const archive = () =>
    startTransition(async () => {
      const result = await archiveInitiativeAction(initiative.id);
      if (!result.ok) return void toast.error(result.error);
      toast.success("Archived: it is read-only and out of the list until restored.");
      router.refresh();
    });
  const remove = (confirmation: string) =>
    startTransition(async () => {
      const result = await deleteInitiativeAction({ confirmation }, initiative.id);
      if (!result.ok) return void toast.error(result.error);
      toast.success(`Deleted “${initiative.title}”.`);
      router.replace(`/w/${workspaceId}`);
    });

  return (
    <>
      {/* Not modal: a dialog opened from an item must get the focus and pointer back. */}
      <DropdownMenu modal={false}>
        <DropdownMenuTrigger asChild>
          <Button
            variant="outline"
            size="icon"
            aria-label="Initiative actions"
            disabled={pending || restoring}
          >
            <EllipsisIcon />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end" className="w-48">
          {may.edit ? (
            <>
              <DropdownMenuItem onSelect={() => setOpen("rename")}>
                <PencilIcon /> Rename
              </DropdownMenuItem>
              <DropdownMenuItem onSelect={() => setOpen("customer")}>
                <UsersIcon /> Edit customer
              </DropdownMenuItem>
            </>
          ) : null}
          {may.archive && !archived ? (
            <DropdownMenuItem onSelect={() => setOpen("archive")}>
              <ArchiveIcon /> Archive
            </DropdownMenuItem>
          ) : null}
          {may.archive && archived ? (
            <DropdownMenuItem onSelect={restore}>
              <ArchiveRestoreIcon /> Restore
            </DropdownMenuItem>
          ) : null}
          {may.delete ? (
            <>
              <DropdownMenuSeparator />
              <DropdownMenuItem variant="destructive" onSelect={() => setOpen("delete")}>
                <Trash2Icon /> Delete
              </DropdownMenuItem>
            </>
          ) : null}
        </DropdownMenuContent>
      </DropdownMenu>

      {may.edit ? (
        <>
          <NameDialog
            {...dialog("rename")}
            title="Rename initiative"
            description="The new title shows everywhere at once. Published versions keep the title they were published with."
            field={{
              name: "title",
              label: "Title",
              maxLength: LIMITS.titleMax,
              defaultValue: initiative.title,
            }}
            submit={{ label: "Rename", pending: "Renaming…" }}
            action={(formData) => renameInitiativeAction(formData, initiative.id)}
            onSaved={() => {
              setOpen(null);
              router.refresh();
            }}
          />
          <EditCustomerDialog
            initiativeId={initiative.id}
            answers={answers}
            control={dialog("customer")}
          />
        </>
      ) : null}
      <ConfirmDialog
        {...dialog("archive")}
        title="Archive this initiative?"
        description="It leaves the list of initiatives and becomes read-only for everyone: no writing, reviews, comments or publishing. Published documents and share links keep working."
        details={
          <p className="text-sm text-muted-foreground">
            Anyone who may archive it can restore it later, exactly as it was.
          </p>
        }
        confirm="Archive"
        onConfirm={archive}
      />
      <ConfirmDialog
        {...dialog("delete")}
        title="Delete this initiative?"
        description="Its five stages, versions, images, reviews, comments, publications, feedback and share links are deleted for everyone. This cannot be undone."
        confirm="Delete initiative"
        destructive
        typed={initiative.title}
        onConfirm={remove}
      />
    </>
  );
}
