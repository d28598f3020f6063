"use client";

import { useState } from "react";
import Link from "next/link";
import { CheckIcon, ChevronsUpDownIcon, PlusIcon } from "lucide-react";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { CreateWorkspaceDialog } from "@/components/workspace/create-workspace-dialog";
import { ROLE_INFO, type Role } from "@/lib/roles";

export type WorkspaceOption = { id: string; name: string; role: Role };

/** The workspaces the person is in, to switch between, and a new one of their own. */
export function WorkspaceSwitcher({
  workspaces,
  current,
}: {
  workspaces: WorkspaceOption[];
  current: WorkspaceOption;
}) {
  const [creating, setCreating] = useState(false);
  return (
    <>
      {/* Not modal: the dialog opened from its last item must get the focus and pointer back. */}
      <DropdownMenu modal={false}>
        <DropdownMenuTrigger
          className="flex w-full items-center gap-2 rounded-md border bg-background px-2 py-1.5 text-left text-sm shadow-xs outline-none hover:bg-accent focus-visible:ring-[3px] focus-visible:ring-ring/50"
          aria-label="Switch workspace"
        >
          <span className="grid size-7 shrink-0 place-items-center rounded bg-secondary text-xs font-semibold uppercase">
            {current.name.slice(0, 1)}
          </span>
          <span className="min-w-0 flex-1">
            <span className="block truncate font-medium">{current.name}</span>
            <span className="block text-xs text-muted-foreground">
              {ROLE_INFO[current.role].label}
            </span>
          </span>
          <ChevronsUpDownIcon className="size-4 text-muted-foreground" />
        </DropdownMenuTrigger>
        <DropdownMenuContent align="start" className="w-60">
          <DropdownMenuLabel>Workspaces</DropdownMenuLabel>
          {workspaces.map((workspace) => (
            <DropdownMenuItem key={workspace.id} asChild>
              <Link href={`/w/${workspace.id}`}>
                <span className="min-w-0 flex-1 truncate">{workspace.name}</span>
                {workspace.id === current.id ? <CheckIcon className="size-4" /> : null}
              </Link>
            </DropdownMenuItem>
          ))}
          <DropdownMenuSeparator />
          <DropdownMenuItem onSelect={() => setCreating(true)}>
            <PlusIcon /> Create workspace
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      <CreateWorkspaceDialog open={creating} onOpenChange={setCreating} />
    </>
  );
}
