/**
 * How a notification reads, the same in the bell and in the emailed digest:
 * "Ada Lovelace mentioned you", then where ("Instant refunds · Press
 * release"), then the quoted words.
 */
import {
  NOTIFICATION_TYPES,
  NOTIFICATION_VERBS,
  type NotificationData,
  type NotificationType,
} from "@/lib/notifications";

/** Whether a stored type is one this version knows how to show. */
export function isNotificationType(value: string): value is NotificationType {
  return (NOTIFICATION_TYPES as readonly string[]).includes(value);
}

/** A notification's stored `data`, read defensively: only the known string fields. */
export function notificationData(value: unknown): NotificationData {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  const data: NotificationData = {};
  for (const key of ["initiative", "publication", "stage", "workspace", "excerpt"] as const) {
    const field = (value as Record<string, unknown>)[key];
    if (typeof field === "string" && field) data[key] = field;
  }
  return data;
}

/** "Ada Lovelace mentioned you"; a type from a newer version reads as "Ada Lovelace updated". */
export function notificationHeadline(actorName: string | null, type: string): string {
  const verb = isNotificationType(type) ? NOTIFICATION_VERBS[type] : "updated";
  return `${actorName ?? "Someone"} ${verb}`;
}

/**
 * Where it happened: "Instant refunds · Press release", "Instant refunds ·
 * Version 2 · FAQ" for feedback on a publication, or the workspace's name.
 */
export function notificationPlace(data: NotificationData): string | undefined {
  const parts = data.initiative
    ? [data.initiative, data.publication, data.stage].filter((part): part is string =>
        Boolean(part),
      )
    : data.workspace
      ? [data.workspace]
      : [];
  return parts.length ? parts.join(" · ") : undefined;
}
