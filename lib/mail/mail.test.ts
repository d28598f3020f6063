import { describe, expect, it } from "vitest";
import { digestEmail } from "./digest-email";
import { inviteEmail } from "./invite-email";
import { escapeHtml } from "./html";
import { headerText } from "./email";

const item = (overrides: Partial<Parameters<typeof digestEmail>[0]["items"][number]> = {}) => ({
  actorName: "Ada Lovelace",
  type: "comment.mentioned",
  data: { initiative: "Instant refunds", stage: "Press release", excerpt: "Can we say <when>?" },
  url: "https://foreword.test/w/a/i/b/press-release?thread=c",
  ...overrides,
});

describe("digest email", () => {
  const options = {
    to: "rita@example.com",
    settingsUrl: "https://foreword.test/account",
    windowMinutes: 5,
  };

  it("reads like one email for one notification", () => {
    const email = digestEmail({ ...options, items: [item()] });
    expect(email.subject).toBe("Ada Lovelace mentioned you · Instant refunds · Press release");
    expect(email.text).toContain("* Ada Lovelace mentioned you\n  Instant refunds · Press release");
    expect(email.text).toContain('"Can we say <when>?"');
    expect(email.text).toContain("https://foreword.test/w/a/i/b/press-release?thread=c");
    expect(email.text).toContain("Turn these emails off: https://foreword.test/account");
  });

  it("lists every notification, oldest first, and counts the rest in the subject", () => {
    const email = digestEmail({
      ...options,
      items: [
        item(),
        item({
          actorName: null,
          type: "stage.completed",
          data: { initiative: "Refunds", stage: "FAQ" },
        }),
        item({ type: "member.added", data: { workspace: "Acme" } }),
        item({ type: "some.future.kind", data: {} }),
      ],
    });
    expect(email.subject).toBe(
      "Ada Lovelace mentioned you · Instant refunds · Press release, and 3 more on Foreword",
    );
    const order = [
      "mentioned you",
      "Someone completed",
      "Ada Lovelace joined\n  Acme",
      "Ada Lovelace updated",
    ];
    const positions = order.map((text) => email.text.indexOf(text));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("escapes everything users wrote in the HTML, and links only where we put them", () => {
    const email = digestEmail({
      ...options,
      items: [
        item({
          actorName: `<img src=x onerror=alert(1)>`,
          data: { initiative: `"><script>x</script>`, excerpt: "a & b" },
          url: `https://foreword.test/x?a="b"`,
        }),
      ],
    });
    expect(email.html).not.toMatch(/<img|<script/);
    expect(email.html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(email.html).toContain("a &amp; b");
    expect(email.html).toContain('href="https://foreword.test/x?a=&quot;b&quot;"');
    expect(email.html.match(/<a /g)).toHaveLength(1);
  });

  it("needs something to say", () => {
    expect(() => digestEmail({ ...options, items: [] })).toThrow();
  });
});

describe("invite email", () => {
  it("names the inviter, the workspace, the role and the link, in both parts", () => {
    const email = inviteEmail({
      to: "ivy@example.com",
      inviterName: "Olivia\r\nBcc: victim@example.com",
      workspaceName: "Acme",
      role: "REVIEWER",
      url: "https://foreword.test/invite/abc",
      expiresAt: new Date("2026-12-03T12:00:00Z"),
    });
    // A line break in a name cannot start another header.
    expect(email.subject).toBe("Olivia Bcc: victim@example.com invited you to Acme on Foreword");
    expect(email.text).toContain("as reviewer: reads drafts, comments and approves.");
    expect(email.text).toContain("Accept the invite: https://foreword.test/invite/abc");
    expect(email.text).toContain("until 3 Dec 2026, for ivy@example.com only");
    expect(email.html).toContain('href="https://foreword.test/invite/abc"');
  });
});

describe("escaping", () => {
  it("escapes the five HTML-significant characters", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
    );
  });
  it("keeps headers on one line and short", () => {
    expect(headerText("a\nb\u2028c")).toBe("a b c");
    expect(headerText("x".repeat(200))).toHaveLength(150);
  });
});
