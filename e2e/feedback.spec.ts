import {
  acceptInviteAsNewUser,
  createInitiative,
  expect,
  invite,
  newUser,
  setRequiredApprovals,
  signUp,
  test,
} from "./fixtures";
import type { Page } from "@playwright/test";
import { completeStage, fillReadyStage } from "./fixtures/ready-stages";

/** The bell's live updates arrive over the page's event stream; allow for a loaded machine. */
const LIVE_TIMEOUT = 15_000;
const PASSAGE = "Shoppers who return an item at any Larkspur Market";
const QUESTION = "Does this cover gift cards bought online?";
const ANSWER = "Yes: gift cards are refunded to a new card at the counter.";

const bell = (page: Page) => page.getByRole("button", { name: /^Notifications/ });

/** Selects `text` in the published press release, as a reader dragging over it would end up. */
async function selectInPressRelease(page: Page, text: string) {
  await page.evaluate((wanted) => {
    const part = document.querySelector('section.reader-part[data-stage="PRESS_RELEASE"]');
    const walker = document.createTreeWalker(part ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const start = node.textContent?.indexOf(wanted) ?? -1;
      if (start < 0) continue;
      node.parentElement?.scrollIntoView({ block: "center" });
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + wanted.length);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
      return;
    }
    throw new Error(`"${wanted}" is not in the press release`);
  }, text);
}

test("a viewer asks about a passage of the published document; the owner is told and answers; the viewer reads the answer", async ({
  newPage,
}) => {
  test.slow(); // two people, a completed stage, a publication and a few page loads each
  const owner = await newPage();
  await signUp(owner, { name: "Olivia Owner" });
  await setRequiredApprovals(owner, 0);
  const initiative = await createInitiative(owner, { answered: true });
  await fillReadyStage(owner, "Press release");
  await completeStage(owner, "Press release");
  const published = await owner.request.post(
    `/api/initiatives/${initiative.initiativeId}/publications`,
    { data: { note: "For the Tuesday review" } },
  );
  expect(published.status()).toBe(201);

  const vera = newUser("Vera Viewer");
  const link = await invite(owner, vera.email, "Viewer");
  const viewer = await newPage();
  await acceptInviteAsNewUser(viewer, link, vera, initiative.workspaceId);

  // The viewer reads the published document and asks about a passage.
  await viewer.goto(`/p/${initiative.initiativeId}`);
  const feedback = viewer.getByRole("region", { name: "Questions and comments" });
  await expect(feedback).toContainText("No questions on version 1 yet.");
  await selectInPressRelease(viewer, PASSAGE);
  await viewer.getByRole("button", { name: "Ask about this passage" }).click();
  const form = viewer.getByRole("form", { name: "Ask a question or leave a comment" });
  await expect(form.getByRole("blockquote")).toHaveText(PASSAGE);
  await expect(form.getByLabel("Your question or comment")).toBeFocused();
  await viewer.keyboard.type(QUESTION);
  await form.getByRole("button", { name: "Send to the team" }).click();
  const asked = feedback.getByRole("article", { name: "Feedback from Vera Viewer" });
  await expect(asked).toContainText(QUESTION);
  await expect(asked.getByRole("blockquote")).toHaveText(PASSAGE);
  await expect(asked).toContainText("Press release");
  await expect(form.getByLabel("Your question or comment")).toHaveValue("");
  // Readers may reply, not mark it answered; and the team's own page is not theirs.
  await expect(asked.getByRole("button", { name: "Mark answered" })).toHaveCount(0);
  const teamPage = `${initiative.path}/feedback`;
  expect((await viewer.goto(teamPage))?.status()).toBe(404);

  // The owner hears of it in the bell, opens it, and answers there.
  await owner.goto(`/w/${initiative.workspaceId}`);
  // Two: Vera joining, then her question.
  await expect(bell(owner)).toHaveAccessibleName("Notifications, 2 unread", {
    timeout: LIVE_TIMEOUT,
  });
  await bell(owner).click();
  const notification = owner
    .getByRole("menu", { name: "Notifications" })
    .getByRole("menuitem", { name: /Vera Viewer left feedback on the published document/ });
  await expect(notification).toContainText(`${initiative.title} · Version 1 · Press release`);
  await expect(notification).toContainText(QUESTION);
  await notification.click();
  await owner.waitForURL(new RegExp(`/p/${initiative.initiativeId}/v/1#feedback-c[0-9a-z]+$`));
  const thread = owner.locator(new URL(owner.url()).hash);
  await expect(thread).toContainText(QUESTION);
  await thread.getByText("Reply", { exact: true }).click();
  await thread.getByLabel("Your reply").fill(ANSWER);
  await thread.getByRole("button", { name: "Send reply" }).click();
  await expect(thread).toContainText(ANSWER);
  await thread.getByRole("button", { name: "Mark answered" }).click();
  await expect(thread).toHaveAttribute("data-state", "answered");
  await expect(thread.getByRole("button", { name: "Reopen" })).toBeVisible();

  // The team's page lists it under Answered, with its version.
  await owner.goto(`${teamPage}?show=answered`);
  await expect(owner.getByRole("link", { name: "Answered (1)" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expect(owner.getByRole("article", { name: "Feedback from Vera Viewer" })).toContainText(
    "Version 1 · Press release",
  );

  // The viewer is told, and reads the answer under the document.
  await viewer.goto(`/w/${initiative.workspaceId}`);
  await expect(bell(viewer)).toHaveAccessibleName("Notifications, 1 unread", {
    timeout: LIVE_TIMEOUT,
  });
  await viewer.goto(`/p/${initiative.initiativeId}`);
  const answered = viewer.getByRole("article", { name: "Feedback from Vera Viewer" });
  await expect(answered).toContainText(ANSWER);
  await expect(answered).toHaveAttribute("data-state", "answered");
  await expect(answered.getByText("Answered", { exact: true })).toBeVisible();
  await expect(answered.getByText("Olivia Owner")).toBeVisible();
});
