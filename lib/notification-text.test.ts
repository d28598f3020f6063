import { describe, expect, it } from "vitest";
import { notificationData, notificationHeadline, notificationPlace } from "./notification-text";
import { digestEmail } from "./mail/digest-email";

describe("notification text", () => {
  it("reads feedback on a publication: who, what, which version and part", () => {
    const data = notificationData({
      initiative: "Instant refunds",
      publication: "Version 2",
      stage: "Press release",
      excerpt: "Which countries first?",
      ignored: 5,
    });
    expect(notificationHeadline("Vera Viewer", "feedback.created")).toBe(
      "Vera Viewer left feedback on the published document",
    );
    expect(notificationHeadline("Olivia Owner", "feedback.replied")).toBe(
      "Olivia Owner replied to feedback on the published document",
    );
    expect(notificationPlace(data)).toBe("Instant refunds · Version 2 · Press release");
    // On the whole document: no part named.
    expect(notificationPlace({ initiative: "Instant refunds", publication: "Version 1" })).toBe(
      "Instant refunds · Version 1",
    );
  });

  it("emails feedback like the bell shows it, with the link to the thread", () => {
    const email = digestEmail({
      to: "olivia@example.com",
      settingsUrl: "https://foreword.test/account",
      windowMinutes: 5,
      items: [
        {
          actorName: "Vera Viewer",
          type: "feedback.created",
          data: {
            initiative: "Instant refunds",
            publication: "Version 1",
            stage: "Press release",
            excerpt: "<b>Which</b> countries first?",
          },
          url: "https://foreword.test/p/c1/v/1#feedback-c2",
        },
      ],
    });
    expect(email.subject).toBe(
      "Vera Viewer left feedback on the published document · Instant refunds · Version 1 · Press release",
    );
    expect(email.text).toContain("https://foreword.test/p/c1/v/1#feedback-c2");
    expect(email.html).toContain("&lt;b&gt;Which&lt;/b&gt; countries first?");
  });
});
