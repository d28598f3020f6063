/**
 * Email end to end over a real SMTP exchange: the app's nodemailer transport
 * talks to a local SMTP server started here (scripts/smtp-sink.mjs), and the
 * tests read what arrived. Invites, their links, and notification digests.
 */
import { afterAll, describe, expect, it } from "vitest";
import { startSmtpSink, type SunkMail } from "@/scripts/smtp-sink.mjs";
import { db } from "@/server/db";
import { createInvite } from "@/server/data/invite/create-invite";
import { acceptInvite } from "@/server/data/invite/accept-invite";
import { createUser } from "@/server/data/user/create-user";
import { createNotifications } from "@/server/data/notification/create-notifications";
import { updateNotificationSettings } from "@/server/data/user/update-notification-settings";
import {
  DIGEST_SETTLE_MS,
  DIGEST_WINDOW_MS,
  sendNotificationDigests,
} from "./send-notification-digests";
import { member, PASSWORD, refusal, signUp } from "@/test/support/factories";

// Before anything reads env(): every email of this file goes to the sink.
const sink = await startSmtpSink({ refuse: (address) => address.startsWith("bounce-") });
process.env.SMTP_URL = sink.url;
process.env.MAIL_FROM = "Foreword <no-reply@foreword.test>";
process.env.APP_URL = "https://foreword.test";

afterAll(() => sink.close());

const mailTo = (email: string) => sink.messages.filter((mail) => mail.to.includes(email));
const linkIn = (mail: SunkMail, pattern: RegExp) => {
  const found = pattern.exec(mail.text)?.[0];
  if (!found) throw new Error(`no link matching ${pattern} in:\n${mail.text}`);
  return found;
};

describe("invitations by email", () => {
  it("emails the link, which works once, and joining tells the owners", async () => {
    const owner = await signUp("Olivia Owner");
    const coOwner = await member(owner.workspaceId, "OWNER", "Cora Owner");
    const editor = await member(owner.workspaceId, "EDITOR", "Ed Editor");
    await db().workspace.update({
      where: { id: owner.workspaceId },
      data: { name: `Acme <script>alert(1)</script>` },
    });
    const email = `invitee-${Date.now()}@example.com`;
    const invite = await createInvite({
      userId: owner.id,
      workspaceId: owner.workspaceId,
      input: { email, role: "REVIEWER" },
    });
    expect(invite.delivery).toBe("smtp");

    const mail = await sink.waitFor((message) => message.to.includes(email));
    expect(mail.from).toBe("no-reply@foreword.test");
    expect(mail.subject).toBe(
      "Olivia Owner invited you to Acme <script>alert(1)</script> on Foreword",
    );
    const link = linkIn(mail, /https:\/\/foreword\.test\/invite\/[A-Za-z0-9_-]{43}/);
    expect(link).toBe(invite.url);
    // The HTML part carries the same link, and the workspace's name only as text.
    expect(mail.html).toContain(`href="${link}"`);
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("Acme &lt;script&gt;");

    // Signing up through the invite makes no workspace of one's own.
    const token = new URL(link).pathname.split("/").pop() ?? "";
    const signedUp = await createUser({
      input: { name: "Ivy Invitee", email, password: PASSWORD, invite: token },
    });
    expect(signedUp.workspaceId).toBeNull();
    expect(await db().membership.count({ where: { userId: signedUp.user.id } })).toBe(0);

    await acceptInvite({ userId: signedUp.user.id, token });
    expect(
      await db().membership.findMany({
        where: { userId: signedUp.user.id },
        select: { workspaceId: true, role: true },
      }),
    ).toEqual([{ workspaceId: owner.workspaceId, role: "REVIEWER" }]);
    expect(await refusal(acceptInvite({ userId: signedUp.user.id, token }))).toMatchObject({
      status: 410,
      code: "ACCEPTED",
    });

    const told = await db().notification.findMany({
      where: { type: "member.added", workspaceId: owner.workspaceId },
      select: { userId: true, actorId: true, url: true, data: true },
    });
    expect(told.map((row) => row.userId).sort()).toEqual([owner.id, coOwner.id].sort());
    expect(told.map((row) => row.userId)).not.toContain(editor.id);
    expect(told[0]).toMatchObject({
      actorId: signedUp.user.id,
      url: `/w/${owner.workspaceId}/settings`,
      data: { workspace: "Acme <script>alert(1)</script>" },
    });
  });

  it("keeps the invite and says so when the mail server refuses it", async () => {
    const owner = await signUp("Olivia Owner");
    const email = `bounce-${Date.now()}@example.com`;
    const invite = await createInvite({
      userId: owner.id,
      workspaceId: owner.workspaceId,
      input: { email, role: "EDITOR" },
    });
    expect(invite.delivery).toBe("failed");
    expect(invite.url).toMatch(/\/invite\//);
    expect(await db().invite.count({ where: { email, revokedAt: null } })).toBe(1);
  });

  it("gives someone who signs up with another address their own workspace", async () => {
    const owner = await signUp("Olivia Owner");
    const invite = await createInvite({
      userId: owner.id,
      workspaceId: owner.workspaceId,
      input: { email: `meant-${Date.now()}@example.com`, role: "EDITOR" },
    });
    const token = invite.url.split("/").pop() ?? "";
    const other = await createUser({
      input: {
        name: "Other",
        email: `other-${Date.now()}@example.com`,
        password: PASSWORD,
        invite: token,
      },
    });
    expect(other.workspaceId).not.toBeNull();
  });
});

/** `count` notifications for `userId`, as if `owner` had done things in their workspace. */
async function notify(
  owner: { id: string; workspaceId: string },
  userId: string,
  count: number,
  excerpt = "Please look",
) {
  for (let index = 0; index < count; index++)
    await db().$transaction((tx) =>
      createNotifications({
        tx,
        recipients: [userId],
        actorId: owner.id,
        workspaceId: owner.workspaceId,
        type: index % 2 ? "review.requested" : "comment.mentioned",
        url: `/w/${owner.workspaceId}/i/x/press-release?thread=${index}`,
        data: {
          initiative: "Instant refunds",
          stage: "Press release",
          excerpt: `${excerpt} ${index}`,
        },
      }),
    );
}

/** A clock past the settle delay of everything created so far, and past every window. */
const later = (minutes = 0) => new Date(Date.now() + DIGEST_SETTLE_MS + minutes * 60_000 + 1_000);

describe("notification digests", () => {
  it("batch everything unseen into one email per person, even when two instances run at once", async () => {
    const owner = await signUp("Olivia Owner");
    const reviewer = await member(owner.workspaceId, "REVIEWER", "Rita Reviewer");
    const editor = await member(owner.workspaceId, "EDITOR", "Ed Editor");
    await notify(owner, reviewer.id, 3, "Look at <b>this</b>");
    await notify(owner, editor.id, 1);

    // Not yet: the newest notifications wait a moment for the rest of a burst.
    expect((await sendNotificationDigests({ now: new Date() })).sent).toBe(0);

    const now = later();
    const runs = await Promise.all([
      sendNotificationDigests({ now }),
      sendNotificationDigests({ now }),
    ]);
    // Between them the two runs served everyone due (earlier tests' people too), each once.
    expect(runs.reduce((sum, run) => sum + run.sent, 0)).toBeGreaterThanOrEqual(2);
    expect(mailTo(reviewer.email)).toHaveLength(1);
    expect(mailTo(editor.email)).toHaveLength(1);

    const [digest] = mailTo(reviewer.email);
    expect(digest?.subject).toBe(
      "Olivia Owner mentioned you · Instant refunds · Press release, and 2 more on Foreword",
    );
    for (const index of [0, 1, 2]) {
      expect(digest?.text).toContain(`Look at <b>this</b> ${index}`);
      expect(digest?.text).toContain(
        `https://foreword.test/w/${owner.workspaceId}/i/x/press-release?thread=${index}`,
      );
    }
    expect(digest?.text).toContain("Olivia Owner requested your review");
    expect(digest?.html).toContain("Look at &lt;b&gt;this&lt;/b&gt; 0");
    expect(digest?.text).toContain("https://foreword.test/account");
    expect(await db().notification.count({ where: { userId: reviewer.id, emailedAt: null } })).toBe(
      0,
    );

    // A new one inside the window waits for the window to pass, then comes alone.
    await notify(owner, reviewer.id, 1, "Second round");
    expect((await sendNotificationDigests({ now: later(1) })).sent).toBe(0);
    expect(mailTo(reviewer.email)).toHaveLength(1);
    const afterWindow = new Date(now.getTime() + DIGEST_WINDOW_MS + 1_000);
    expect((await sendNotificationDigests({ now: afterWindow })).sent).toBe(1);
    expect(mailTo(reviewer.email)).toHaveLength(2);
    expect(mailTo(reviewer.email)[1]?.text).toContain("Second round 0");
    expect(mailTo(reviewer.email)[1]?.text).not.toContain("Look at");
  });

  it("send nothing to someone who turned email off, or about what they already read", async () => {
    const owner = await signUp("Olivia Owner");
    const quiet = await member(owner.workspaceId, "EDITOR", "Quinn Quiet");
    const reader = await member(owner.workspaceId, "EDITOR", "Rey Reader");
    await updateNotificationSettings({ userId: quiet.id, input: { emailNotifications: false } });
    await notify(owner, quiet.id, 2);
    await notify(owner, reader.id, 2);
    await db().notification.updateMany({
      where: { userId: reader.id },
      data: { readAt: new Date() },
    });

    const run = await sendNotificationDigests({ now: later(20) });
    expect(run.skipped).toBeGreaterThanOrEqual(4);
    expect(mailTo(quiet.email)).toHaveLength(0);
    expect(mailTo(reader.email)).toHaveLength(0);
    // Handled: they are not picked up again later.
    expect(
      await db().notification.count({
        where: { userId: { in: [quiet.id, reader.id] }, emailedAt: null },
      }),
    ).toBe(0);
  });

  it("leave notifications for a later window when the send fails", async () => {
    const owner = await signUp("Olivia Owner");
    const bouncing = await db().user.create({
      data: { name: "Bo Bounce", email: `bounce-digest-${Date.now()}@example.com` },
    });
    await db().membership.create({
      data: { userId: bouncing.id, workspaceId: owner.workspaceId, role: "EDITOR" },
    });
    await notify(owner, bouncing.id, 2);
    const run = await sendNotificationDigests({ now: later(40) });
    expect(run.failed).toBe(1);
    expect(await db().notification.count({ where: { userId: bouncing.id, emailedAt: null } })).toBe(
      2,
    );
    // Not retried inside the window.
    expect((await sendNotificationDigests({ now: later(41) })).failed).toBe(0);
  });
});
