"use client";

import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { LogOutIcon } from "lucide-react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { leaveWorkspaceAction } from "@/server/actions/leave-workspace";

type Props = { workspaceId: string; name: string };

/** The danger zone: leaving the workspace (the server refuses its last owner, and says why). */
export function LeaveWorkspaceCard({ workspaceId, name }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const leave = () =>
    startTransition(async () => {
      const result = await leaveWorkspaceAction(workspaceId);
      if (!result.ok) return void toast.error(result.error);
      toast.success(`You left ${name}.`);
      router.replace(result.data.next);
    });
  return (
    <Card className="border-destructive/40">
      <CardHeader>
        <CardTitle>Danger zone</CardTitle>
        <CardDescription>
          Leaving takes away your access at once: open editors close, and you need a new invite to
          come back.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <ConfirmButton
          title={`Leave ${name}?`}
          description="You will no longer see its initiatives or published documents. What you wrote stays."
          confirm="Leave workspace"
          destructive
          disabled={pending}
          onConfirm={leave}
        >
          <LogOutIcon /> {pending ? "Leaving…" : "Leave workspace"}
        </ConfirmButton>
      </CardContent>
    </Card>
  );
}
