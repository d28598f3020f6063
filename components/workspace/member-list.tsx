"use client";

import { useTransition } from "react";
import { toast } from "sonner";
import { UserMinusIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { UserAvatar } from "@/components/app-shell/user-avatar";
import { RoleSelect } from "./role-select";
import { updateMemberRoleAction } from "@/server/actions/update-member-role";
import { removeMemberAction } from "@/server/actions/remove-member";
import { ROLE_INFO, type Role } from "@/lib/roles";

type Member = { id: string; role: Role; user: { id: string; name: string; email: string } };

type Props = { workspaceId: string; members: Member[]; currentUserId: string; canManage: boolean };

export function MemberList({ workspaceId, members, currentUserId, canManage }: Props) {
  const [pending, startTransition] = useTransition();
  const changeRole = (member: Member, role: Role) =>
    startTransition(async () => {
      const result = await updateMemberRoleAction({ role }, workspaceId, member.id);
      if (result.ok)
        toast.success(`${member.user.name} is now ${ROLE_INFO[role].label.toLowerCase()}`);
      else toast.error(result.error);
    });
  const remove = (member: Member) =>
    startTransition(async () => {
      if (!window.confirm(`Remove ${member.user.name} from this workspace?`)) return;
      const result = await removeMemberAction({}, workspaceId, member.id);
      if (result.ok) toast.success(`${member.user.name} was removed`);
      else toast.error(result.error);
    });
  return (
    <Card>
      <CardHeader>
        <CardTitle>Members ({members.length})</CardTitle>
      </CardHeader>
      <CardContent>
        <ul className="divide-y" aria-label="Members">
          {members.map((member) => (
            <li
              key={member.id}
              className="flex items-center gap-3 py-3 first:pt-0 last:pb-0"
              data-testid="member-row"
            >
              <UserAvatar name={member.user.name} />
              <div className="min-w-0 flex-1">
                <p className="truncate text-sm font-medium">
                  {member.user.name}
                  {member.user.id === currentUserId ? (
                    <span className="text-muted-foreground"> (you)</span>
                  ) : null}
                </p>
                <p className="truncate text-xs text-muted-foreground">{member.user.email}</p>
              </div>
              {canManage && member.user.id !== currentUserId ? (
                <>
                  <RoleSelect
                    value={member.role}
                    disabled={pending}
                    aria-label={`Role of ${member.user.name}`}
                    onValueChange={(role) => changeRole(member, role)}
                  />
                  <Button
                    variant="ghost"
                    size="icon"
                    disabled={pending}
                    aria-label={`Remove ${member.user.name}`}
                    onClick={() => remove(member)}
                  >
                    <UserMinusIcon />
                  </Button>
                </>
              ) : (
                <Badge variant="secondary">{ROLE_INFO[member.role].label}</Badge>
              )}
            </li>
          ))}
        </ul>
      </CardContent>
    </Card>
  );
}
