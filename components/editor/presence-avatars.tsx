"use client";

import type { HocuspocusProvider } from "@hocuspocus/provider";
import { Avatar, AvatarFallback } from "@/components/ui/avatar";
import { Tooltip, TooltipContent, TooltipTrigger } from "@/components/ui/tooltip";
import { usePresence } from "./use-presence";

const MAX_SHOWN = 5;

function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join("");
  return letters || "?";
}

type Props = { provider: HocuspocusProvider | undefined; selfId: string };

/** The people in this section right now, in their caret colours. */
export function PresenceAvatars({ provider, selfId }: Props) {
  const users = usePresence(provider, selfId);
  if (users.length === 0) return null;
  const shown = users.slice(0, MAX_SHOWN);
  const hidden = users.length - shown.length;
  const names = users.map((user) => (user.id === selfId ? `${user.name} (you)` : user.name));
  return (
    <div className="flex items-center" role="group" aria-label={`Here now: ${names.join(", ")}`}>
      <ul className="flex -space-x-1.5">
        {shown.map((user) => (
          <li key={user.id}>
            <Tooltip>
              <TooltipTrigger asChild>
                <Avatar
                  className="size-7 ring-2 ring-background"
                  data-presence-user={user.name}
                  tabIndex={0}
                >
                  <AvatarFallback
                    className="text-[0.65rem] font-semibold text-white"
                    style={{ backgroundColor: user.color }}
                  >
                    {initials(user.name)}
                  </AvatarFallback>
                </Avatar>
              </TooltipTrigger>
              <TooltipContent sideOffset={6}>
                {user.id === selfId ? `${user.name} (you)` : user.name}
              </TooltipContent>
            </Tooltip>
          </li>
        ))}
      </ul>
      {hidden > 0 ? <span className="ml-2 text-xs text-muted-foreground">+{hidden}</span> : null}
    </div>
  );
}
