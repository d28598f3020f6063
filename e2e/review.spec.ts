import type { Locator, Page } from "@playwright/test";
import {
  acceptInviteAsNewUser,
  createInitiative,
  expect,
  expectReadOnly,
  expectWritable,
  invite,
  newUser,
  signUp,
  stageLink,
  stageTextbox,
  test,
  writeStage,
} from "./fixtures";
import { completeStage, fillReadyStage } from "./fixtures/ready-stages";

const FROZEN = "In review: the text is frozen so every approval is of what was read.";
const NOTE = "The customer quote sounds like us, not a customer. Quote a real shopper.";

/** A reviewer's line in the Review panel: their name and their answer. */
function reviewerRow(panel: Locator, name: string): Locator {
  return panel
    .getByRole("list", { name: "Reviewers" })
    .getByRole("listitem")
    .filter({ hasText: name });
}

/**
 * The author asks for review from the dialog, choosing `reviewer`; `again`,
 * after changes were requested, finds them ticked already.
 */
async function requestReview(author: Page, reviewer: string, { again = false } = {}) {
  await author.getByRole("button", { name: "Request review" }).click();
  const dialog = author.getByRole("dialog", { name: "Request review of Press release" });
  await expect(dialog).toContainText("This workspace needs 1 approval");
  const box = dialog.getByRole("checkbox", { name: `${reviewer}, reviewer` });
  if (again) await expect(box).toBeChecked();
  else await box.check();
  await dialog.getByRole("button", { name: "Send for review" }).click();
  await expect(dialog).toBeHidden();
  await expect(stageLink(author, "Press release")).toContainText("In review");
}

test("review: changes requested, edited, approved, completed; each page follows live", async ({
  page: author,
  newPage,
}) => {
  // Two people sign up, a press release is pasted and reviewed twice: allow well
  // over twice the time measured on the two-core machine.
  test.setTimeout(240_000);
  await signUp(author, { name: "Ada Author" });
  const initiative = await createInitiative(author, { title: "Receipts by text", answered: true });
  const rita = newUser("Rita Reviewer");
  const inviteUrl = await invite(author, rita.email, "Reviewer");
  const reviewer = await newPage();
  await acceptInviteAsNewUser(reviewer, inviteUrl, rita, initiative.workspaceId);

  await author.goto(`${initiative.path}/press-release`);
  await fillReadyStage(author, "Press release");
  // The workspace needs an approval (the default): no completing straight from drafting.
  await expect(author.getByRole("button", { name: "Complete stage" })).toHaveCount(0);

  // The reviewer already has the stage open: it changes under them, without a reload.
  await reviewer.goto(`${initiative.path}/press-release`);
  await expectReadOnly(reviewer, "Press release");
  await expect(reviewer.getByRole("button", { name: "Approve" })).toHaveCount(0);

  await requestReview(author, rita.name);
  await expectReadOnly(author, "Press release");
  await expect(author.getByText(FROZEN)).toBeVisible();
  const authorReview = author.getByRole("region", { name: "Review" });
  await expect(reviewerRow(authorReview, rita.name)).toContainText("Waiting");
  await expect(author.getByRole("button", { name: "Withdraw review" })).toBeVisible();

  // The reviewer asks for changes, with a note.
  await expect(reviewer.getByText(FROZEN)).toBeVisible();
  await reviewer.getByRole("button", { name: "Request changes" }).click();
  const changes = reviewer.getByRole("dialog", { name: "Request changes to Press release" });
  await changes.getByLabel("What should change?").fill(NOTE);
  await changes.getByRole("button", { name: "Request changes" }).click();
  await expect(changes).toBeHidden();
  await expect(stageLink(reviewer, "Press release")).toContainText("Drafting");

  // The author sees the note on the stage, can write again, edits and asks again.
  const note = author.getByRole("region", { name: "Changes requested" });
  await expect(note).toContainText(`${rita.name} requested changes`);
  await expect(note).toContainText(NOTE);
  await expect(stageLink(author, "Press release")).toContainText("Drafting");
  await expectWritable(author, "Press release");
  await writeStage(author, "Press release", " “I was out in two minutes,” said Dana Ruiz.");
  await requestReview(author, rita.name, { again: true });
  await expect(note).toBeHidden();

  // The reviewer reads the edited text and approves it.
  await expect(stageTextbox(reviewer, "Press release")).toContainText("said Dana Ruiz");
  await reviewer.getByRole("button", { name: "Approve" }).click();
  await expect(
    reviewerRow(reviewer.getByRole("region", { name: "Review" }), rita.name),
  ).toContainText("Approved");
  await expect(reviewer.getByRole("button", { name: "Approve" })).toHaveCount(0);

  // The approval reaches the author's page; the stage completes and the FAQ unlocks.
  await expect(authorReview).toContainText("1 approval: ready to complete.");
  await completeStage(author, "Press release");
  await expect(stageLink(author, "FAQ")).toContainText("Drafting");
  await expect(stageLink(reviewer, "Press release")).toContainText("Complete");
  await expect(stageLink(reviewer, "FAQ")).toContainText("Drafting");
});
