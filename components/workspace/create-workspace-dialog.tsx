"use client";

import { useRouter } from "next/navigation";
import { NameDialog } from "@/components/forms/name-dialog";
import { createWorkspaceAction } from "@/server/actions/create-workspace";
import { LIMITS } from "@/lib/schemas/limits";

type Props = { open: boolean; onOpenChange: (open: boolean) => void };

/** Names a new workspace, which the person owns, and opens it. */
export function CreateWorkspaceDialog({ open, onOpenChange }: Props) {
  const router = useRouter();
  return (
    <NameDialog
      open={open}
      onOpenChange={onOpenChange}
      title="Create a workspace"
      description="A separate space for another team or product, with its own members and initiatives. You will be its owner."
      field={{ name: "name", label: "Name", maxLength: LIMITS.workspaceNameMax }}
      submit={{ label: "Create workspace", pending: "Creating…" }}
      action={createWorkspaceAction}
      onSaved={(workspace) => {
        onOpenChange(false);
        router.push(`/w/${workspace.id}`);
      }}
    />
  );
}
