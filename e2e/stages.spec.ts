import { expect, test } from "@playwright/test";
import {
  OWNER_STATE,
  createInitiative,
  stageLink,
  stageNav,
  stageTextbox,
  writeStage,
} from "./fixtures";

test.use({ storageState: OWNER_STATE });

test.describe("stages", () => {
  test("a new initiative starts at the press release with the rest locked", async ({ page }) => {
    await page.goto("/");
    const initiative = await createInitiative(page, { customer: "Busy parents" });
    await expect(page.getByText("For Busy parents")).toBeVisible();

    await expect(stageLink(page, "Press release")).toContainText("Drafting");
    await expect(stageLink(page, "Press release")).toHaveAttribute("aria-current", "step");
    await expect(stageLink(page, "FAQ")).toContainText("Unlocks when Press release is complete");
    await expect(stageLink(page, "User manual")).toContainText("Unlocks when FAQ is complete");
    await expect(stageLink(page, "Mockups")).toContainText("Unlocks when User manual is complete");
    await expect(stageLink(page, "Technical feasibility")).toContainText(
      "Unlocks when Mockups is complete",
    );
    await expect(stageNav(page).getByRole("link")).toHaveCount(5);

    await expect(stageTextbox(page, "Press release")).toBeEditable();
    await expect(page.getByRole("button", { name: "Complete stage" })).toBeDisabled();

    // A locked stage can be opened and read, but not written.
    await stageLink(page, "FAQ").click();
    await page.waitForURL(`**${initiative.path}/faq`);
    await expect(
      page.getByText("Unlocks when Press release is complete. Earlier stages come first."),
    ).toBeVisible();
    await expect(stageTextbox(page, "FAQ")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Complete stage" })).toHaveCount(0);
  });

  test("completing and reopening a stage moves the next one", async ({ page }) => {
    await page.goto("/");
    const initiative = await createInitiative(page);
    const pressRelease = "SEATTLE — Today we launch instant refunds at the counter.";
    const faq = "Who is it for? Shoppers returning an item in store.";

    await writeStage(page, "Press release", pressRelease);
    await page.getByRole("button", { name: "Complete stage" }).click();
    await expect(stageLink(page, "Press release")).toContainText("Complete");
    await expect(stageLink(page, "FAQ")).toContainText("Drafting");
    await expect(stageLink(page, "User manual")).toContainText("Unlocks when FAQ is complete");
    await expect(page.getByRole("button", { name: "Reopen" })).toBeVisible();
    await expect(stageTextbox(page, "Press release")).toHaveCount(0);

    // The FAQ is where the team writes now.
    await stageLink(page, "FAQ").click();
    await page.waitForURL(`**${initiative.path}/faq`);
    await writeStage(page, "FAQ", faq);

    // Opening the initiative goes to the stage being worked on.
    await page.goto(initiative.path);
    await page.waitForURL(`**${initiative.path}/faq`);
    await expect(stageTextbox(page, "FAQ")).toHaveValue(faq);

    await stageLink(page, "Press release").click();
    await page.waitForURL(`**${initiative.path}/press-release`);
    await page.getByRole("button", { name: "Reopen" }).click();
    await expect(stageLink(page, "Press release")).toContainText("Drafting");
    await expect(stageLink(page, "FAQ")).toContainText("Unlocks when Press release is complete");
    await expect(stageTextbox(page, "Press release")).toHaveValue(pressRelease);

    // The FAQ keeps what was written, read-only until the press release is complete again.
    await stageLink(page, "FAQ").click();
    await page.waitForURL(`**${initiative.path}/faq`);
    await expect(stageTextbox(page, "FAQ")).toHaveCount(0);
    await expect(page.getByLabel("FAQ text")).toHaveText(faq);

    await page.reload();
    await expect(page.getByLabel("FAQ text")).toHaveText(faq);
    await stageLink(page, "Press release").click();
    await expect(stageTextbox(page, "Press release")).toHaveValue(pressRelease);
  });

  test("the new initiative dialog explains a missing title", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "New initiative" }).first().click();
    const dialog = page.getByRole("dialog", { name: "New initiative" });
    await dialog.getByLabel("Customer").fill("Night-shift nurses");
    await dialog.getByRole("button", { name: "Create initiative" }).click();
    await expect(dialog.getByText("Give the initiative a title")).toBeVisible();
    await expect(dialog.getByLabel("Title")).toHaveAttribute("aria-invalid", "true");
    await expect(dialog.getByLabel("Customer")).toHaveValue("Night-shift nurses");
    await expect(page).toHaveURL(/\/w\/[^/]+$/);
  });
});
