"use client";

import { BellIcon, CheckCheckIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { useNotificationFeed } from "./notification-feed-provider";
import { NotificationEntry } from "./notification-entry";

/** "Notifications, 3 unread": the bell's accessible name carries the count the badge shows. */
export function bellLabel(unread: number): string {
  return unread > 0 ? `Notifications, ${unread} unread` : "Notifications";
}

/**
 * The bell: the unread count on a button, the latest notifications in the
 * menu it opens. Each entry opens where it happened and marks it read.
 */
export function NotificationBell({ side = "bottom" }: { side?: "bottom" | "right" }) {
  const { feed, unread, markRead, markAllRead } = useNotificationFeed();
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" size="icon" className="relative" aria-label={bellLabel(unread)}>
          <BellIcon />
          {unread > 0 ? (
            <span
              aria-hidden
              className="absolute -top-0.5 -right-0.5 flex h-4 min-w-4 items-center justify-center rounded-full bg-destructive px-1 text-[10px] leading-none font-semibold text-white"
            >
              {unread > 99 ? "99+" : unread}
            </span>
          ) : null}
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent
        side={side}
        align="start"
        className="w-[min(24rem,calc(100vw-1rem))]"
        aria-label="Notifications"
      >
        <div className="flex items-center justify-between gap-2">
          <DropdownMenuLabel>Notifications</DropdownMenuLabel>
          {unread > 0 ? (
            <DropdownMenuItem
              className="text-xs"
              onSelect={(event) => {
                event.preventDefault(); // stay open: the list shows them read
                markAllRead();
              }}
            >
              <CheckCheckIcon /> Mark all read
            </DropdownMenuItem>
          ) : null}
        </div>
        <DropdownMenuSeparator />
        {feed === null ? (
          <p className="px-2 py-6 text-center text-sm text-muted-foreground">Loading…</p>
        ) : feed.length === 0 ? (
          <p className="px-2 py-6 text-center text-sm text-muted-foreground">
            Nothing yet. Mentions, review requests and stage changes will show up here.
          </p>
        ) : (
          feed.map((item) => (
            <NotificationEntry key={item.id} item={item} onOpen={(id) => markRead([id])} />
          ))
        )}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
