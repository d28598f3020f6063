import type { Page } from "@playwright/test";
import {
  expect,
  test,
  createInitiative,
  newUser,
  sectionIdOnPage,
  signUp,
  stageLink,
  stageTextbox,
  submitSignUp,
  writeStage,
} from "./fixtures";

/** Creates an invite link as the owner, from "Members & settings". */
async function invite(page: Page, email: string, role: "Editor" | "Reviewer" | "Viewer") {
  await page.getByRole("link", { name: "Members & settings" }).click();
  await expect(page.getByRole("heading", { name: "Members & settings", level: 1 })).toBeVisible();
  await page.getByLabel("Email").fill(email);
  await page.getByRole("combobox", { name: "Role", exact: true }).click();
  await page.getByRole("option", { name: new RegExp(`^${role}`) }).click();
  await page.getByRole("button", { name: "Create invite link" }).click();
  const link = page.getByRole("textbox", { name: "Invite link" });
  await expect(link).toHaveValue(/\/invite\/.+/);
  return link.inputValue();
}

test("an invited reviewer reads drafts but cannot change them, whatever they send", async ({
  page: owner,
  newPage,
}) => {
  test.slow(); // two people, each signing up and moving around the app
  await signUp(owner, { name: "Olivia Owner" });
  const initiative = await createInitiative(owner, { title: "Returns without receipts" });
  const draft = "Today we launch returns without receipts.";
  await writeStage(owner, "Press release", draft);

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
  await expect(guest.getByLabel("Press release text")).toHaveText(draft);
  await expect(stageTextbox(guest, "Press release")).toHaveCount(0);
  await expect(guest.getByRole("button", { name: "Complete stage" })).toHaveCount(0);
  await expect(
    guest.getByText("You're a reviewer here: you can read this draft but not edit it."),
  ).toBeVisible();

  // Forged requests to the JSON API, with the reviewer's own session.
  const sectionId = await sectionIdOnPage(guest);
  const complete = await guest.request.post(`/api/sections/${sectionId}/transitions`, {
    data: { action: "complete" },
  });
  expect(complete.status()).toBe(403);
  const edit = await guest.request.patch(`/api/sections/${sectionId}`, { data: { body: "x" } });
  expect(edit.status()).toBe(403);

  await owner.goto(`${initiative.path}/press-release`);
  await expect(stageTextbox(owner, "Press release")).toHaveValue(draft);
  await expect(stageLink(owner, "Press release")).toContainText("Drafting");

  // Promoted to editor: now they can write.
  await owner.getByRole("link", { name: "Members & settings" }).click();
  await owner.getByRole("combobox", { name: `Role of ${reviewer.name}` }).click();
  await owner.getByRole("option", { name: /^Editor/ }).click();
  await expect(owner.getByText(`${reviewer.name} is now editor`)).toBeVisible();

  await guest.reload();
  await expect(guest.getByText("you can read this draft but not edit it")).toHaveCount(0);
  await writeStage(guest, "Press release", `${draft} Edited by an editor.`);
  await expect(guest.getByRole("button", { name: "Complete stage" })).toBeEnabled();

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
  const forged = await guest.request.patch(`/api/sections/${sectionId}`, {
    data: { body: "x" },
  });
  expect(forged.status()).toBe(404);
});
