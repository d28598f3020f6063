import {
  acceptInviteAsNewUser,
  createInitiative,
  expect,
  expectWritable,
  invite,
  newUser,
  signUp,
  stageTextbox,
  test,
} from "./fixtures";

const WHO = "Shoppers returning an item in store";
const PROBLEM = "Refunds take a week to reach their card";
const BENEFIT = "The money is back before they leave the store";
const EVIDENCE = "2,300 support tickets last quarter asked where a refund was";

test("the Customer card: an owner answers and edits the questions, a reviewer reads them", async ({
  page: owner,
  newPage,
}) => {
  test.slow(); // two people, each signing up
  await signUp(owner, { name: "Olivia Owner" });

  // Create with "who" and one optional answer, under the collapsed section.
  await owner.getByRole("button", { name: "New initiative" }).first().click();
  const create = owner.getByRole("dialog", { name: "New initiative" });
  await create.getByLabel("Title").fill("Instant refunds");
  await create.getByLabel("Who is the customer?").fill(WHO);
  await create.getByText("Add the other customer questions (optional)").click();
  await create.getByLabel("What is the customer's problem or opportunity?").fill(PROBLEM);
  await create.getByLabel("What is the most important customer benefit?").fill(BENEFIT);
  await create.getByRole("button", { name: "Create initiative" }).click();
  await owner.waitForURL(/\/press-release$/);

  const card = owner.getByRole("region", { name: "Customer" });
  await expect(card).toContainText(WHO);
  // Compact: who the customer is, the other answers a click away.
  await expect(card.getByText(PROBLEM)).toBeHidden();
  await card.getByText("The other 2 answers").click();
  await expect(card.getByText(PROBLEM)).toBeVisible();
  await expect(card.getByText(BENEFIT)).toBeVisible();
  // Above the press release.
  const cardBox = await card.boundingBox();
  const textBox = await stageTextbox(owner, "Press release").boundingBox();
  expect(cardBox && textBox && cardBox.y + cardBox.height <= textBox.y).toBe(true);

  await card.getByRole("button", { name: "Edit customer" }).click();
  const edit = owner.getByRole("dialog", { name: "The customer" });
  await expect(edit.getByLabel("Who is the customer?")).toHaveValue(WHO);
  await edit.getByLabel("How do you know what the customer needs or wants?").fill(EVIDENCE);
  await edit.getByRole("button", { name: "Save answers" }).click();
  await expect(edit).toBeHidden();
  await expect(card).toContainText(EVIDENCE);
  await owner.reload();
  // Hydrated before the next click: a link clicked earlier waits for hydration,
  // which took 10 s once under load, past the click's own timeout.
  await expectWritable(owner, "Press release");
  await expect(card).toContainText(EVIDENCE);
  await expect(card).toContainText(PROBLEM);

  // A reviewer sees the same card, with nothing to edit.
  const reviewer = newUser("Rafael Reviewer");
  const inviteUrl = await invite(owner, reviewer.email, "Reviewer");
  const guest = await newPage();
  const workspaceId = /\/w\/([^/]+)/.exec(new URL(owner.url()).pathname)?.[1] ?? "";
  await acceptInviteAsNewUser(guest, inviteUrl, reviewer, workspaceId);
  await guest.getByRole("link", { name: /Instant refunds/ }).click();
  await guest.waitForURL(/\/press-release$/);
  const guestCard = guest.getByRole("region", { name: "Customer" });
  await expect(guestCard).toContainText(EVIDENCE);
  await expect(guestCard).toContainText(WHO);
  await expect(guestCard.getByRole("button", { name: "Edit customer" })).toHaveCount(0);
});

test("creating with only who the customer is shows the other questions unanswered", async ({
  page,
}) => {
  await signUp(page);
  await createInitiative(page, { customer: WHO });
  const card = page.getByRole("region", { name: "Customer" });
  await expect(card).toContainText(WHO);
  // The four open questions are named on one line, not listed at length.
  await expect(card).toContainText(
    "Not answered yet: problem or opportunity · most important benefit · how we know · customer experience",
  );
});
