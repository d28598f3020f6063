"use client";

import { useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { revokeInviteAction } from "@/server/actions/revoke-invite";
import { ROLE_INFO, type Role } from "@/lib/roles";
import { formatDate } from "@/lib/format";

type Invite = {
  id: string;
  email: string;
  role: Role;
  expiresAt: Date;
  invitedBy: { name: string };
};

export function PendingInvites({
  workspaceId,
  invites,
}: {
  workspaceId: string;
  invites: Invite[];
}) {
  const [pending, startTransition] = useTransition();
  const revoke = (invite: Invite) =>
    startTransition(async () => {
      const result = await revokeInviteAction({}, workspaceId, invite.id);
      if (result.ok) toast.success(`Invite to ${invite.email} withdrawn`);
      else toast.error(result.error);
    });
  return (
    <Card>
      <CardHeader>
        <CardTitle>Pending invites</CardTitle>
      </CardHeader>
      <CardContent>
        <ul className="divide-y" aria-label="Pending invites">
          {invites.map((invite) => (
            <li key={invite.id} className="flex items-center gap-4 py-3 first:pt-0 last:pb-0">
              <div className="min-w-0 flex-1">
                <p className="truncate text-sm font-medium">{invite.email}</p>
                <p className="text-xs text-muted-foreground">
                  {ROLE_INFO[invite.role].label} · invited by {invite.invitedBy.name} · expires{" "}
                  {formatDate(invite.expiresAt)}
                </p>
              </div>
              <Button variant="ghost" size="sm" disabled={pending} onClick={() => revoke(invite)}>
                Withdraw
              </Button>
            </li>
          ))}
        </ul>
      </CardContent>
    </Card>
  );
}
