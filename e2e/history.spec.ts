import type { Page } from "@playwright/test";
import {
  acceptInviteAsNewUser,
  createInitiative,
  expect,
  expectSaved,
  expectWritable,
  invite,
  newUser,
  sectionIdOnPage,
  signUp,
  stageTextbox,
  test,
  uniqueTitle,
  writeStage,
} from "./fixtures";
import { countVersions, seedVersions } from "./fixtures/database";
import { VERSIONS_LISTED } from "../lib/version-view";

const OWNER = "Olivia Owner";
const EDITOR = "Eddie Editor";

function historyDialog(page: Page) {
  return page.getByRole("dialog", { name: "History of the press release" });
}

async function openHistory(page: Page) {
  await page.getByRole("button", { name: "History" }).click();
  const dialog = historyDialog(page);
  await expect(dialog).toBeVisible();
  return dialog;
}

test.describe("version history", () => {
  test("name a version, change the text, see the difference, and restore it in everyone's editor", async ({
    page,
    newPage,
  }) => {
    // Two people sign up (one through an invite), type, save a version and
    // restore it: ~40 s here when idle; twice that and more for a busy machine.
    test.setTimeout(240_000);
    await signUp(page, { name: OWNER });
    const initiative = await createInitiative(page, { title: uniqueTitle("Versioned refunds") });
    const person = newUser(EDITOR);
    const inviteUrl = await invite(page, person.email, "Editor");
    const editor = await newPage();
    await acceptInviteAsNewUser(editor, inviteUrl, person, initiative.workspaceId);
    for (const someone of [page, editor]) {
      await someone.goto(`${initiative.path}/press-release`);
      await expectWritable(someone, "Press release");
    }
    const ownerText = stageTextbox(page, "Press release");
    const editorText = stageTextbox(editor, "Press release");

    const first = "Refunds arrive in one tap, before the parcel leaves.";
    await writeStage(page, "Press release", first);
    await expect(editorText).toContainText(first);

    // Save it under a name.
    let history = await openHistory(page);
    await history.getByLabel("Name for the current text").fill("Draft for Tuesday");
    await history.getByRole("button", { name: "Save version" }).click();
    const versions = history.getByRole("list", { name: "Versions" });
    await expect(versions.getByRole("button", { name: /Draft for Tuesday/ })).toBeVisible();
    await expect(history.getByText("Same as the current text.")).toBeVisible();

    // Change the text while the history stays open: the other person rewrites the sentence.
    await editorText.getByText(first).click({ clickCount: 3 });
    const second = "Refunds arrive within a week of the parcel reaching us.";
    await editor.keyboard.type(second);
    await expectSaved(editor);

    // The open history follows the store: it shows what changed since the named version.
    const diff = history.getByTestId("version-diff");
    await expect(diff.locator("del").filter({ hasText: "one tap" })).toBeVisible();
    await expect(diff.locator("ins").filter({ hasText: "within a week" })).toBeVisible();
    await expect(history.getByText("1 block differs from the current text:")).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(history).toBeHidden();
    await expect(ownerText).toContainText(second);
    await expect(ownerText).not.toContainText(first);
    history = await openHistory(page);
    await versions.getByRole("button", { name: /Draft for Tuesday/ }).click();

    // Restore it: both open editors show it again, and the history says so.
    await history.getByRole("button", { name: "Restore", exact: true }).click();
    await page.getByRole("button", { name: "Restore this version" }).click();
    await expect(page.getByText(/Restored “Draft for Tuesday”/)).toBeVisible();
    await expect(editorText).toContainText(first);
    await expect(editorText).not.toContainText(second);
    // The other person is told who restored what, and where their text went.
    await expect(
      editor.getByText(/restored “Draft for Tuesday” of the press release/),
    ).toBeVisible();
    await expect(versions.getByRole("button", { name: /Restored version/ })).toBeVisible();
    await expect(versions.getByRole("button", { name: /Before a restore/ })).toBeVisible();
    await expect(history.getByText("Same as the current text.")).toBeVisible();

    // What the restore replaced is kept: it still reads as the rewritten sentence.
    await versions.getByRole("button", { name: /Before a restore/ }).click();
    await expect(diff.locator("del").filter({ hasText: "within a week" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(history).toBeHidden();
    await expect(ownerText).toContainText(first);
    await expect(ownerText).not.toContainText(second);

    // It was stored: a reload shows it.
    await editor.reload();
    await expectWritable(editor, "Press release");
    await expect(editorText).toContainText(first);
  });

  test("a long history shows its newest page, then older versions on request", async ({ page }) => {
    await signUp(page, { name: OWNER });
    await createInitiative(page, { title: uniqueTitle("Long-lived refunds") });
    await expectWritable(page, "Press release");
    // Years of writing, seeded: saving 205 versions through the page would take minutes.
    const sectionId = await sectionIdOnPage(page);
    await seedVersions(sectionId, VERSIONS_LISTED + 5);
    const named = "Before the long weekend";
    const history = await openHistory(page);
    await history.getByRole("textbox", { name: "Name for the current text" }).fill(named);
    await history.getByRole("button", { name: "Save version" }).click();

    const versions = history.getByRole("list", { name: "Versions" });
    const entries = versions.getByRole("listitem");
    await expect(entries.first()).toContainText(named);
    await expect(entries).toHaveCount(VERSIONS_LISTED);
    const older = history.getByRole("button", { name: "Show older versions" });
    await older.click();
    // Every version once (the seeded, the named, any the app kept itself); nothing is older.
    await expect(entries).toHaveCount(await countVersions(sectionId));
    await expect(older).toBeHidden();
    await expect(entries.last()).toContainText("Saved while editing");
  });
});
