"use client";

import Link from "next/link";
import { UserAvatar } from "@/components/app-shell/user-avatar";
import { DropdownMenuItem } from "@/components/ui/dropdown-menu";
import { formatRelative } from "@/lib/format";
import { notificationHeadline, notificationPlace } from "@/lib/notification-text";
import type { NotificationItem } from "@/lib/notification-item";
import { cn } from "@/lib/utils";

/** One notification in the bell: who, what, where, the quoted words, when; a link that marks it read. */
export function NotificationEntry({
  item,
  onOpen,
}: {
  item: NotificationItem;
  onOpen: (id: string) => void;
}) {
  const headline = notificationHeadline(item.actor?.name ?? null, item.type);
  const place = notificationPlace(item.data);
  const createdAt = new Date(item.createdAt);
  return (
    <DropdownMenuItem asChild className="items-start gap-3 py-2">
      <Link
        href={item.url}
        onClick={() => {
          if (!item.read) onOpen(item.id);
        }}
        data-unread={item.read ? undefined : ""}
      >
        <UserAvatar name={item.actor?.name ?? "?"} className="mt-0.5 size-7" />
        <span className="grid min-w-0 flex-1 gap-0.5">
          <span className={cn("text-sm", !item.read && "font-medium")}>{headline}</span>
          {place ? <span className="truncate text-xs text-muted-foreground">{place}</span> : null}
          {item.data.excerpt ? (
            <span className="line-clamp-2 text-xs text-muted-foreground">
              &ldquo;{item.data.excerpt}&rdquo;
            </span>
          ) : null}
          <time dateTime={item.createdAt} className="text-xs text-muted-foreground">
            {formatRelative(createdAt)}
          </time>
        </span>
        {item.read ? null : (
          <span className="mt-2 size-2 shrink-0 rounded-full bg-primary">
            <span className="sr-only">Unread</span>
          </span>
        )}
      </Link>
    </DropdownMenuItem>
  );
}
