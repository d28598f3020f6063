import {
  acceptInviteAsNewUser,
  createInitiative,
  expect,
  expectReadOnly,
  invite,
  newUser,
  signUp,
  stageTextbox,
  test,
  writeStage,
  OPEN_TIMEOUT,
} from "./fixtures";
import {
  commentOn,
  commentsPanel,
  highlight,
  openComments,
  selectText,
  thread,
} from "./fixtures/comments";

const SENTENCE = "Refunds reach the card before you leave the store.";

test("an author comments on a sentence; a reviewer sees it live, replies with a mention and resolves it", async ({
  page: author,
  newPage,
}) => {
  test.slow(); // two people signing up, then a conversation between two browsers
  await signUp(author, { name: "Olivia Owner" });
  const initiative = await createInitiative(author);
  await writeStage(author, "Press release", ` ${SENTENCE}`);

  const reviewerUser = newUser("Rafael Reviewer");
  const inviteUrl = await invite(author, reviewerUser.email, "Reviewer");
  const reviewer = await newPage();
  await acceptInviteAsNewUser(reviewer, inviteUrl, reviewerUser, initiative.workspaceId);
  await reviewer.goto(`${initiative.path}/press-release`);
  await expectReadOnly(reviewer, "Press release");
  await openComments(reviewer);
  await expect(commentsPanel(reviewer)).toContainText("No open comments");

  await author.goto(`${initiative.path}/press-release`);
  await commentOn(author, "Press release", "reach the card", "Is this true for gift cards?");
  await expect(highlight(author, "Press release", "reach the card")).toBeVisible();

  // The reviewer's page shows the passage and the thread without a reload.
  await expect(highlight(reviewer, "Press release", "reach the card")).toBeVisible();
  const seen = thread(reviewer, "reach the card");
  await expect(seen).toContainText("Is this true for gift cards?");
  await expect(reviewer.getByRole("tab", { name: /^Comments/ })).toContainText("1");
  // Closed, the thread says how to open it (its quote is a button, but does not look like one).
  await expect(seen.getByRole("button", { name: "Reply or resolve" })).toBeVisible();

  // Clicking the highlight opens the thread; the reply mentions the author.
  await highlight(reviewer, "Press release", "reach the card").click();
  const reply = seen.getByRole("combobox", { name: "Reply" });
  await expect(reply).toBeVisible();
  await reply.pressSequentially("Yes, @oliv");
  const people = reviewer.getByRole("listbox", { name: "People to mention" });
  await expect(people.getByRole("option", { name: /Olivia Owner/ })).toBeVisible();
  await reply.press("Enter");
  await expect(reply).toHaveValue("Yes, @Olivia Owner ");
  // Chosen, the list closes: it covered the Reply button.
  await expect(people).toBeHidden();
  await reply.pressSequentially("gift cards too.");
  await seen.getByRole("button", { name: "Reply", exact: true }).click();
  await expect(seen.getByRole("listitem", { name: "Comment by Rafael Reviewer" })).toContainText(
    "Yes, @Olivia Owner gift cards too.",
  );
  // The author, mentioned, sees it under the bell without a reload (besides Rafael joining).
  const bell = author.getByRole("button", { name: /^Notifications/ });
  await expect(bell).toHaveAccessibleName("Notifications, 2 unread", { timeout: OPEN_TIMEOUT });
  await bell.click();
  const mention = author
    .getByRole("menu", { name: "Notifications" })
    .getByRole("menuitem", { name: /Rafael Reviewer mentioned you/ });
  await expect(mention).toContainText("gift cards too.");
  await author.keyboard.press("Escape");

  await seen.getByRole("button", { name: "Resolve" }).click();
  await expect(highlight(reviewer, "Press release", "reach the card")).toHaveCount(0);

  // The author sees the reply and the resolved state live.
  const mine = thread(author, "reach the card");
  await expect(mine.getByRole("listitem", { name: "Comment by Rafael Reviewer" })).toContainText(
    "gift cards too.",
  );
  await expect(mine).toContainText("Resolved by Rafael Reviewer");
  await author.getByRole("button", { name: /^Resolved/ }).click();
  await expect(mine).toBeVisible();
  // The author reopens it; the reviewer's page follows.
  await mine.getByRole("button", { name: "Reopen" }).click();
  await expect(highlight(reviewer, "Press release", "reach the card")).toBeVisible();

  // The mention links to its thread.
  await bell.click();
  await mention.click();
  await author.waitForURL(/\/press-release\?thread=/);
  await expect(
    thread(author, "reach the card").getByRole("combobox", { name: "Reply" }),
  ).toBeVisible({
    timeout: OPEN_TIMEOUT,
  });
});

test("an owner comments on a stage that is locked, and edits and deletes the comment", async ({
  page,
}) => {
  await signUp(page, { name: "Lena Locked" });
  const initiative = await createInitiative(page);
  await page.goto(`${initiative.path}/faq`);
  await expectReadOnly(page, "FAQ");
  await commentOn(page, "FAQ", "Internal FAQ", "Cost and risks go here, not prices.");
  await expect(highlight(page, "FAQ", "Internal FAQ")).toBeVisible();

  const card = thread(page, "Internal FAQ");
  const comment = card.getByRole("listitem", { name: "Comment by Lena Locked" });
  await comment.getByRole("button", { name: "Comment actions" }).click();
  await page.getByRole("menuitem", { name: "Edit" }).click();
  const edit = card.getByRole("combobox", { name: "Edit comment" });
  await edit.fill("Cost and risks go here.");
  await card.getByRole("button", { name: "Save" }).click();
  await expect(comment).toContainText("Cost and risks go here.");
  await expect(comment).toContainText("edited");

  // The link a notification carries opens the thread after a reload.
  const threadId = (await card.getAttribute("id"))?.replace("thread-", "");
  await page.goto(`${initiative.path}/faq?thread=${threadId}`);
  await expect(stageTextbox(page, "FAQ")).toBeVisible({ timeout: OPEN_TIMEOUT });
  await expect(thread(page, "Internal FAQ").getByRole("combobox", { name: "Reply" })).toBeVisible();

  await comment.getByRole("button", { name: "Comment actions" }).click();
  await page.getByRole("menuitem", { name: "Delete" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete this comment?" });
  await expect(dialog).toContainText("the thread goes too");
  await dialog.getByRole("button", { name: "Delete comment" }).click();
  await expect(thread(page, "Internal FAQ")).toHaveCount(0);
  await expect(highlight(page, "FAQ", "Internal FAQ")).toHaveCount(0);
  await selectText(page, "FAQ", "External FAQ");
  await expect(page.getByRole("toolbar").getByRole("button", { name: "Comment" })).toBeVisible();
});
