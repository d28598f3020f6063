import { z } from "@/lib/schemas/zod";
import { ZId } from "./ids";

/** Most notifications one request may mark read by id (the bell shows fewer). */
export const MARK_READ_MAX = 100;

/** Marking notifications read: some by id, or every one of the person's (exactly one of the two). */
export const ZMarkNotificationsReadSchema = z
  .object({
    /** The notifications to mark read; each must be the caller's own. */
    ids: z
      .array(ZId, { error: "Send the ids of the notifications to mark read" })
      .min(1, "Name at least one notification")
      .max(MARK_READ_MAX, `Mark at most ${MARK_READ_MAX} at a time`)
      .optional(),
    /** true: every one of the caller's notifications. */
    all: z.literal(true, { error: "Send all: true to mark every notification read" }).optional(),
  })
  .refine((value) => (value.ids === undefined) !== (value.all === undefined), {
    path: ["ids"],
    message: "Send either the ids to mark read or all: true",
  });
export type TMarkNotificationsRead = z.infer<typeof ZMarkNotificationsReadSchema>;

/** Listing notifications: how many, newest first. */
export const ZListNotificationsSchema = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type TListNotifications = z.infer<typeof ZListNotificationsSchema>;

/** Turning notification emails on or off. */
export const ZNotificationSettingsSchema = z.object({
  emailNotifications: z.preprocess(
    (value) => (value === "on" ? true : value === "off" || value === undefined ? false : value),
    z.boolean({ error: "Say whether to email notifications" }),
  ),
});
export type TNotificationSettings = z.infer<typeof ZNotificationSettingsSchema>;
