import "server-only";
import { db } from "@/server/db";
import { digestEmail, type DigestItem } from "@/lib/mail/digest-email";
import { notificationData } from "@/lib/notification-text";
import { safeCallbackUrl } from "@/lib/schemas/auth";
import { sendMail } from "./send-mail";
import { appLink } from "./app-link";

/** At most one digest per person per this window. */
export const DIGEST_WINDOW_MS = 5 * 60 * 1000;
/**
 * A notification waits this long before it is emailed, so a burst (a review
 * requested of three people and a mention in the same minute) lands in one
 * email rather than the first of it alone.
 */
export const DIGEST_SETTLE_MS = 30 * 1000;
/** People served per run; the rest wait for the next run (a few seconds later under load). */
const PEOPLE_PER_RUN = 50;

export type SendNotificationDigestsOptions = {
  /** The run's clock; tests move it past the window instead of waiting. */
  now?: Date;
};

export type DigestRun = {
  /** Digests sent (or logged, without SMTP_URL). */
  sent: number;
  /** Digests whose send failed; their notifications wait for the person's next window. */
  failed: number;
  /** Notifications set aside unsent: already read, or their person turned email off. */
  skipped: number;
};

type Claimed = { email: string; items: DigestItem[]; ids: string[] };

/**
 * Emails each person who wants email one digest of what they have not seen,
 * at most once per DIGEST_WINDOW_MS, and marks those notifications emailed.
 * Safe with several app instances running it at once: a person is claimed
 * under a row lock that others skip (FOR NO KEY UPDATE SKIP LOCKED, which
 * does not block new notifications referencing them), and the claim moves
 * their clock and marks the notifications in the same transaction, so no
 * other run can pick them up again. The email goes out after the claim
 * commits, with no lock held; if it fails, the marks are undone and the
 * window is left to pass, so a mail server outage neither loses
 * notifications nor hammers the server.
 */
export async function sendNotificationDigests({
  now = new Date(),
}: SendNotificationDigestsOptions = {}): Promise<DigestRun> {
  const { count: skipped } = await db().notification.updateMany({
    where: {
      emailedAt: null,
      OR: [{ readAt: { not: null } }, { user: { emailNotifications: false } }],
    },
    data: { emailedAt: now },
  });
  const run: DigestRun = { sent: 0, failed: 0, skipped };
  for (let served = 0; served < PEOPLE_PER_RUN; served++) {
    const claimed = await claimNextPerson(now);
    if (!claimed) break;
    if (claimed === "nothing-to-send") continue;
    try {
      await sendMail(
        digestEmail({
          to: claimed.email,
          items: claimed.items,
          settingsUrl: appLink("/account"),
          windowMinutes: DIGEST_WINDOW_MS / 60_000,
        }),
      );
      run.sent++;
    } catch (error) {
      console.error(
        `[mail] the notification digest to ${claimed.email} failed; retrying later`,
        error,
      );
      await db().notification.updateMany({
        where: { id: { in: claimed.ids } },
        data: { emailedAt: null },
      });
      run.failed++;
    }
  }
  return run;
}

/**
 * Claims one person whose window has passed and who has settled, unread,
 * unemailed notifications. Null when nobody is left for this run.
 */
async function claimNextPerson(now: Date): Promise<Claimed | "nothing-to-send" | null> {
  const windowStart = new Date(now.getTime() - DIGEST_WINDOW_MS);
  const settled = new Date(now.getTime() - DIGEST_SETTLE_MS);
  return db().$transaction(async (tx) => {
    const [person] = await tx.$queryRaw<{ id: string; email: string }[]>`
      SELECT u."id", u."email" FROM "User" u
      WHERE u."emailNotifications"
        AND (u."notificationsEmailedAt" IS NULL OR u."notificationsEmailedAt" <= ${windowStart})
        AND EXISTS (
          SELECT 1 FROM "Notification" n
          WHERE n."userId" = u."id" AND n."emailedAt" IS NULL AND n."readAt" IS NULL
            AND n."createdAt" <= ${settled}
        )
      LIMIT 1
      FOR NO KEY UPDATE OF u SKIP LOCKED`;
    if (!person) return null;
    const pending = await tx.notification.findMany({
      where: { userId: person.id, emailedAt: null, readAt: null },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        type: true,
        url: true,
        data: true,
        actor: { select: { name: true } },
        // Someone no longer in the workspace is not emailed about it.
        workspace: {
          select: { memberships: { where: { userId: person.id }, select: { id: true } } },
        },
      },
    });
    const ids = pending.map((notification) => notification.id);
    await tx.notification.updateMany({ where: { id: { in: ids } }, data: { emailedAt: now } });
    const items = pending
      .filter((notification) => notification.workspace.memberships.length > 0)
      .map((notification) => ({
        actorName: notification.actor?.name ?? null,
        type: notification.type,
        data: notificationData(notification.data),
        url: appLink(safeCallbackUrl(notification.url)),
      }));
    if (items.length === 0) return "nothing-to-send";
    await tx.user.update({ where: { id: person.id }, data: { notificationsEmailedAt: now } });
    return { email: person.email, items, ids };
  });
}
