"use client";

import { useState, useTransition } from "react";
import { toast } from "sonner";
import { updateNotificationSettingsAction } from "@/server/actions/update-notification-settings";

/** "Email me about notifications": saved as soon as it is ticked or cleared. */
export function EmailNotificationsToggle({ initial }: { initial: boolean }) {
  const [checked, setChecked] = useState(initial);
  const [pending, startTransition] = useTransition();
  const change = (next: boolean) => {
    setChecked(next);
    startTransition(async () => {
      const result = await updateNotificationSettingsAction({ emailNotifications: next });
      if (result.ok) {
        setChecked(result.data.emailNotifications);
        toast.success(
          result.data.emailNotifications
            ? "We'll email you about notifications"
            : "Notification emails are off",
        );
      } else {
        setChecked(!next);
        toast.error(result.error);
      }
    });
  };
  return (
    <label className="flex items-start gap-3 text-sm">
      <input
        type="checkbox"
        className="mt-0.5 size-4 accent-primary"
        checked={checked}
        disabled={pending}
        onChange={(event) => change(event.target.checked)}
      />
      <span className="grid gap-0.5">
        <span className="font-medium">Email me about notifications</span>
        <span className="text-muted-foreground">
          Mentions, replies, review requests and decisions, stage changes and people joining: at
          most one email every few minutes, only about what you haven&rsquo;t seen here.
        </span>
      </span>
    </label>
  );
}
