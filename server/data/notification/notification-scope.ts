import "server-only";
import type { Prisma } from "@/generated/prisma/client";

/**
 * A person's own notifications, from workspaces they are still in: someone
 * removed from a workspace stops seeing what happened there, and its count.
 */
export function ownNotifications(userId: string): Prisma.NotificationWhereInput {
  return { userId, workspace: { memberships: { some: { userId } } } };
}
