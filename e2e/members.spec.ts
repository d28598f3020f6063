import {
  changeRole,
  createInitiative,
  documentBlocks,
  expect,
  expectReadOnly,
  expectWritable,
  invite,
  newUser,
  OPEN_TIMEOUT,
  sectionIdOnPage,
  signUp,
  stageLink,
  stageTextbox,
  submitSignUp,
  test,
  uploadAsset,
  writeStage,
} from "./fixtures";
import { checklistVerdict, fillReadyStage } from "./fixtures/ready-stages";

test("an invited reviewer reads drafts but cannot change them, whatever they send", async ({
  page: owner,
  newPage,
}) => {
  test.slow(); // two people, each signing up and moving around the app
  await signUp(owner, { name: "Olivia Owner" });
  const initiative = await createInitiative(owner, {
    title: "Returns without receipts",
    answered: true,
  });
  // A draft that passes its checks, so that whoever may complete it could.
  await fillReadyStage(owner, "Press release");
  const draft = "Larkspur Market puts refunds back on your card before you leave the store";

  const reviewer = newUser("Rafael Reviewer");
  const inviteUrl = await invite(owner, reviewer.email, "Reviewer");
  await expect(owner.getByRole("list", { name: "Pending invites" })).toContainText(reviewer.email);

  const guest = await newPage();
  // The invite link → create an account (email filled in) → accept.
  await guest.goto(inviteUrl);
  await expect(guest.getByText(`Olivia Owner invited ${reviewer.email} as reviewer`)).toBeVisible();
  await guest.getByRole("link", { name: "Create an account" }).click();
  await expect(guest.getByLabel("Work email")).toHaveValue(reviewer.email);
  await submitSignUp(guest, { name: reviewer.name, password: reviewer.password });
  await guest.waitForURL(/\/invite\//);
  await guest.getByRole("button", { name: "Accept invite" }).click();
  await guest.waitForURL(`**/w/${initiative.workspaceId}`);
  await expect(guest.getByRole("button", { name: "Switch workspace" })).toContainText(
    "Olivia Owner's workspace",
  );

  await guest.getByRole("link", { name: /Returns without receipts/ }).click();
  await guest.waitForURL(`**${initiative.path}/press-release`);
  const guestText = stageTextbox(guest, "Press release");
  await expectReadOnly(guest, "Press release");
  await expect(guestText).toContainText(draft);
  await expect(guest.getByRole("button", { name: "Complete stage" })).toHaveCount(0);
  await expect(guest.getByRole("button", { name: "Request review" })).toHaveCount(0);
  await expect(
    guest.getByText("You're a reviewer here: you can read this draft but not edit it."),
  ).toBeVisible();
  // Typing goes nowhere.
  const stored = await documentBlocks(guestText);
  await guestText.click();
  await guest.keyboard.press("Control+End");
  await guest.keyboard.type(" Rewritten by a reviewer.");
  expect(await documentBlocks(guestText)).toEqual(stored);

  // Forged requests, with the reviewer's own session.
  const sectionId = await sectionIdOnPage(guest);
  const complete = await guest.request.post(`/api/sections/${sectionId}/transitions`, {
    data: { action: "complete" },
  });
  expect(complete.status()).toBe(403);
  const upload = await uploadAsset(guest, sectionId);
  expect(upload.status()).toBe(403);

  await owner.goto(`${initiative.path}/press-release`);
  await expectWritable(owner, "Press release");
  await expect.poll(() => documentBlocks(stageTextbox(owner, "Press release"))).toEqual(stored);
  await expect(stageLink(owner, "Press release")).toContainText("Drafting");

  // Promoted to editor: their open page becomes writable, without a reload.
  await owner.getByRole("link", { name: "Members & settings" }).click();
  await changeRole(owner, reviewer.name, "Editor");

  await expectWritable(guest, "Press release");
  await expect(guest.getByText("you can read this draft but not edit it")).toHaveCount(0);
  await writeStage(guest, "Press release", " Edited by an editor.");
  await expect(checklistVerdict(guest)).toHaveText("Every required check passes.");
  // The workspace needs one approval (the default): an editor's way on is to ask for review.
  await expect(guest.getByRole("button", { name: "Request review" })).toBeEnabled();
  expect((await uploadAsset(guest, sectionId)).status()).toBe(201);

  // Removed: the initiative no longer exists for them.
  owner.once("dialog", (dialog) => void dialog.accept());
  await owner.getByRole("button", { name: `Remove ${reviewer.name}` }).click();
  await expect(owner.getByText(`${reviewer.name} was removed`)).toBeVisible();
  await expect(owner.getByRole("list", { name: "Members" })).not.toContainText(reviewer.email);

  for (const path of [`${initiative.path}/press-release`, `/w/${initiative.workspaceId}`]) {
    const response = await guest.goto(path);
    expect(response?.status()).toBe(404);
    await expect(guest.getByRole("heading", { name: "Not found" })).toBeVisible();
  }
  expect((await uploadAsset(guest, sectionId)).status()).toBe(404);
});

test("an invite opened while signed in as someone else: sign out, create the invited account, join", async ({
  page: owner,
  newPage,
}) => {
  await signUp(owner, { name: "Olivia Owner" });
  const workspaceId = new URL(owner.url()).pathname.split("/")[2] ?? "";
  const invited = newUser("Rita Reviewer");
  const link = await invite(owner, invited.email, "Reviewer");

  const page = await newPage();
  const other = await signUp(page, { name: "Rita Personal" });
  await page.goto(link);
  await expect(page.getByRole("alert").filter({ hasText: "This invite is for" })).toContainText(
    `This invite is for ${invited.email}, but you are signed in as ${other.email}`,
  );
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL(/\/sign-in\?callbackUrl=%2Finvite%2F/);
  await page.getByRole("link", { name: "Create an account" }).click();
  await submitSignUp(page, { ...invited });
  await page.waitForURL(/\/invite\//);
  await page.getByRole("button", { name: "Accept invite" }).click();
  await page.waitForURL(`**/w/${workspaceId}`);
  // The owner's Members page, open all along, lists her without a reload.
  await expect(owner.getByRole("list", { name: "Members" })).toContainText(invited.name, {
    timeout: OPEN_TIMEOUT,
  });
});
