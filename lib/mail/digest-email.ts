import type { NotificationData } from "@/lib/notifications";
import { notificationHeadline, notificationPlace } from "@/lib/notification-text";
import { composeEmail } from "./compose";
import type { Email } from "./email";
import type { EmailBlock } from "./html";

/** One notification as the digest lists it. */
export type DigestItem = {
  actorName: string | null;
  type: string;
  data: NotificationData;
  /** The absolute link to where it happened. */
  url: string;
};

export type DigestEmailOptions = {
  to: string;
  /** Oldest first, as they happened. */
  items: readonly DigestItem[];
  /** The absolute link to the page where email can be turned off. */
  settingsUrl: string;
  /** How often digests may come, for the footer ("at most one every 5 minutes"). */
  windowMinutes: number;
};

/**
 * Everything that happened since the last digest, in one email: a headline,
 * where, the quoted words and a link for each. The subject names the first
 * and counts the rest, so one notification reads like an ordinary email.
 */
export function digestEmail({ to, items, settingsUrl, windowMinutes }: DigestEmailOptions): Email {
  const [first] = items;
  if (!first) throw new Error("A digest needs at least one notification.");
  const firstLine = [
    notificationHeadline(first.actorName, first.type),
    notificationPlace(first.data),
  ]
    .filter(Boolean)
    .join(" · ");
  const subject =
    items.length === 1 ? firstLine : `${firstLine}, and ${items.length - 1} more on Foreword`;
  const blocks: EmailBlock[] = items.map((item) => ({
    kind: "item",
    title: notificationHeadline(item.actorName, item.type),
    detail: notificationPlace(item.data),
    quote: item.data.excerpt,
    href: item.url,
    label: "Open in Foreword",
  }));
  return composeEmail({
    to,
    subject,
    heading:
      items.length === 1 ? "What's new on Foreword" : `${items.length} new things on Foreword`,
    blocks,
    footer: `Foreword emails you at most once every ${windowMinutes} minutes about what you haven't seen. Turn these emails off: ${settingsUrl}`,
  });
}
