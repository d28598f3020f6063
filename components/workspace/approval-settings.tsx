"use client";

import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Label } from "@/components/ui/label";
import {
  Select,
  SelectContent,
  SelectItem,
  SelectTrigger,
  SelectValue,
} from "@/components/ui/select";
import { updateWorkspaceSettingsAction } from "@/server/actions/update-workspace-settings";
import { REQUIRED_APPROVALS, type RequiredApprovals } from "@/lib/stages";

const OPTIONS: Record<RequiredApprovals, { label: string; description: string }> = {
  0: { label: "None", description: "Stages complete straight from drafting; review is optional." },
  1: { label: "1 approval", description: "One reviewer approves before a stage completes." },
  2: { label: "2 approvals", description: "Two reviewers approve before a stage completes." },
};

type Props = { workspaceId: string; requiredApprovals: number; canManage: boolean };

/** How many approvals a stage needs before it completes: owners choose 0, 1 or 2. */
export function ApprovalSettings({ workspaceId, requiredApprovals, canManage }: Props) {
  const [value, setValue] = useState(String(requiredApprovals));
  const [pending, startTransition] = useTransition();
  const current = OPTIONS[Number(value) as RequiredApprovals] ?? OPTIONS[1];
  const change = (next: string) =>
    startTransition(async () => {
      const previous = value;
      setValue(next);
      const result = await updateWorkspaceSettingsAction({ requiredApprovals: next }, workspaceId);
      if (result.ok)
        toast.success(
          `Approvals required: ${OPTIONS[result.data.requiredApprovals as RequiredApprovals].label.toLowerCase()}`,
        );
      else {
        setValue(previous);
        toast.error(result.error);
      }
    });
  return (
    <Card>
      <CardHeader>
        <CardTitle>Review</CardTitle>
        <CardDescription>
          Reviewers approve a stage, or send it back with a note, before it completes.
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <Label htmlFor="required-approvals">Approvals required</Label>
        {canManage ? (
          <Select value={value} onValueChange={change} disabled={pending}>
            <SelectTrigger id="required-approvals" className="w-40">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              {REQUIRED_APPROVALS.map((count) => (
                <SelectItem key={count} value={String(count)}>
                  {OPTIONS[count].label}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        ) : (
          <span id="required-approvals" className="text-sm font-medium">
            {current.label}
          </span>
        )}
        <p className="basis-full text-sm text-muted-foreground">{current.description}</p>
      </CardContent>
    </Card>
  );
}
