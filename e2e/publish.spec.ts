import type { Locator, Page } from "@playwright/test";
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
import { completeStage, fillReadyStage } from "./fixtures/ready-stages";

/** The initiative's views: Stages, Document, Feedback, and the published reader. */
const initiativeNav = (page: Page) => page.getByRole("navigation", { name: "Initiative" });
/** The publishing panel beside the document. */
const publishing = (page: Page) => page.getByRole("complementary", { name: "Publishing" });
const versions = (page: Page) => page.getByRole("list", { name: "Published versions" });
/** One stage of the document, by the id ReadableDocument gives it (the stage's slug). */
const part = (page: Page, slug: string): Locator => page.locator(`section#${slug}`);

/** Publishes from the document view, with a note or none, and waits for the version to be listed. */
async function publish(page: Page, version: number, note?: string) {
  const label = version === 1 ? "Publish" : `Publish version ${version}`;
  await publishing(page).getByRole("button", { name: label, exact: true }).click();
  const dialog = page.getByRole("dialog", { name: `Publish version ${version}` });
  if (note) await dialog.getByLabel(/Note/).fill(note);
  await dialog.getByRole("button", { name: `Publish version ${version}` }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Version ${version} is published`)).toBeVisible();
  await expect(versions(page).getByRole("listitem").first()).toContainText(`Version ${version}`);
}

test("the owner reads the whole document, publishes twice, shares a link and revokes it; a reviewer reads but cannot publish", async ({
  page,
  newPage,
}) => {
  // Pastes and completes the press release (36–66 s measured under load), then a second person
  // signs up: allow well over twice that.
  test.setTimeout(240_000);
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  const owner = await signUp(page, { name: "Priya Raman" });
  await setRequiredApprovals(page, 0);
  const initiative = await createInitiative(page, { answered: true });

  // Before the press release is complete the document view is there, but publishing is not.
  await initiativeNav(page).getByRole("link", { name: "Document" }).click();
  await page.waitForURL(`**${initiative.path}/document`);
  await expect(page.getByRole("heading", { name: initiative.title, level: 1 })).toBeVisible();
  const publishButton = publishing(page).getByRole("button", { name: "Publish", exact: true });
  await expect(publishButton).toBeDisabled();
  await expect(publishing(page)).toContainText("Complete the press release to publish it.");
  await expect(versions(page)).toBeHidden();

  await initiativeNav(page).getByRole("link", { name: "Stages" }).click();
  await page.waitForURL(`**${initiative.path}/press-release`);
  await fillReadyStage(page, "Press release");
  await completeStage(page, "Press release");

  // The document: every stage in order, the press release as written, the rest marked.
  await initiativeNav(page).getByRole("link", { name: "Document" }).click();
  await page.waitForURL(`**${initiative.path}/document`);
  await expect(page.getByText("1 of 5 stages complete.")).toBeVisible();
  await expect(part(page, "press-release")).toContainText("Larkspur Market");
  await expect(part(page, "press-release").locator(".reader-draft")).toHaveCount(0);
  await expect(part(page, "faq").getByRole("heading", { level: 2 })).toHaveText(
    /^FAQ\s*Not started$/,
  );
  await expect(part(page, "technical-feasibility")).toContainText("Nothing written yet.");
  await expect(initiativeNav(page).getByRole("link", { name: /Published/ })).toHaveCount(0);

  // Publish with a note, then again: version 2 is the latest, version 1 still listed.
  await expect(publishButton).toBeEnabled();
  await publish(page, 1, "For the Tuesday review");
  const first = versions(page).getByRole("listitem").filter({ hasText: "Version 1" });
  await expect(first).toContainText("For the Tuesday review");
  await expect(first).toContainText("Priya Raman");
  await expect(first).toContainText("Latest");
  await expect(initiativeNav(page).getByRole("link", { name: "Published · v1" })).toHaveAttribute(
    "href",
    `/p/${initiative.initiativeId}`,
  );

  await publish(page, 2);
  await expect(versions(page).getByRole("listitem")).toHaveCount(2);
  await expect(versions(page).getByRole("listitem").first()).toContainText("Latest");
  await expect(first).not.toContainText("Latest");
  await expect(versions(page).getByRole("link", { name: "Version 1" })).toHaveAttribute(
    "href",
    `/p/${initiative.initiativeId}/v/1`,
  );
  await expect(initiativeNav(page).getByRole("link", { name: "Published · v2" })).toBeVisible();
  await expect(initiativeNav(page).getByRole("link", { name: "Feedback" })).toHaveAttribute(
    "href",
    `${initiative.path}/feedback`,
  );

  // The share link: on, copied, then revoked after a confirmation.
  const sharing = page.getByText("Anyone with the link can read the latest published version");
  await expect(sharing).toBeVisible();
  await page.getByRole("button", { name: "Create share link" }).click();
  const link = page.getByRole("textbox", { name: "Share link" });
  const origin = new URL(page.url()).origin;
  await expect(link).toHaveValue(new RegExp(`^${origin}/s/[A-Za-z0-9_-]{32}$`));
  const url = await link.inputValue();
  await page.getByRole("button", { name: "Copy share link" }).click();
  await expect(page.getByText("Link copied")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  if (process.env.FOREWORD_SCREENSHOTS) await screenshots(page);

  // "New link" replaces it after asking; the old one no longer shows.
  await page.getByRole("button", { name: "New link" }).click();
  await page
    .getByRole("dialog", { name: "Make a new link?" })
    .getByRole("button", { name: "Make a new link" })
    .click();
  await expect(link).not.toHaveValue(url);
  await expect(link).toHaveValue(new RegExp(`^${origin}/s/`));

  await page.getByRole("button", { name: "Revoke" }).click();
  const confirm = page.getByRole("dialog", { name: "Revoke the share link?" });
  await expect(confirm).toContainText("Anyone who opens it sees that it was revoked.");
  await confirm.getByRole("button", { name: "Revoke link" }).click();
  await expect(link).toBeHidden();
  await expect(page.getByRole("button", { name: "Create share link" })).toBeVisible();
  // And after a reload: the revoked link is gone for good.
  await page.reload();
  await expect(page.getByRole("button", { name: "Create share link" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Share link" })).toHaveCount(0);

  // A reviewer reads the same document and the versions, but has no Publish button or share link.
  const reviewer = newUser("Rita Alvarez");
  const inviteUrl = await invite(page, reviewer.email, "Reviewer");
  const other = await newPage();
  await acceptInviteAsNewUser(other, inviteUrl, reviewer, owner.workspaceId);
  await other.goto(`${initiative.path}/document`);
  await expect(other.getByRole("heading", { name: initiative.title, level: 1 })).toBeVisible();
  await expect(part(other, "press-release")).toContainText("Larkspur Market");
  await expect(versions(other).getByRole("listitem")).toHaveCount(2);
  await expect(other.getByRole("button", { name: /^Publish/ })).toHaveCount(0);
  await expect(other.getByRole("button", { name: "Create share link" })).toHaveCount(0);
  await expect(other.getByText("Anyone with the link")).toHaveCount(0);
});

test("the document view fits a phone, and on a laptop its text has the column", async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await signUp(page, { name: "Milo Mobile" });
  const initiative = await createInitiative(page, { answered: true });
  await page.goto(`${initiative.path}/document`);
  await expect(page.getByRole("heading", { name: initiative.title, level: 1 })).toBeVisible();
  await expect(initiativeNav(page).getByRole("link", { name: "Document" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  const overflows = await page.evaluate(
    () => document.documentElement.scrollWidth > window.innerWidth + 1,
  );
  expect(overflows).toBe(false);

  // Beside the publishing panel the contents go above the text, not beside it
  // (which left the text about 400 px at 1280).
  await page.setViewportSize({ width: 1280, height: 800 });
  const customer = await page.locator("#customer").boundingBox();
  const contents = await page.locator(".reader-toc").boundingBox();
  if (!customer || !contents) throw new Error("the document has its contents and customer");
  expect(customer.width).toBeGreaterThanOrEqual(480);
  expect(contents.y + contents.height).toBeLessThanOrEqual(customer.y);
});

/** The document view and its publishing panel, for the README (FOREWORD_SCREENSHOTS=1). */
async function screenshots(page: Page) {
  await page.setViewportSize({ width: 1360, height: 940 });
  await page.evaluate(() => window.scrollTo(0, 0));
  // Toasts fade; the panel is the subject, not them.
  await expect(page.getByText("Link copied")).toBeHidden({ timeout: 10_000 });
  await page.screenshot({ path: "docs/screenshots/document.png" });
  await page.screenshot({ path: "test-results/document-full.png", fullPage: true });
  await publishing(page).screenshot({ path: "test-results/publish-panel.png" });
  await publishing(page).getByRole("button", { name: "Publish version 3" }).click();
  await page
    .getByRole("dialog", { name: "Publish version 3" })
    .getByLabel(/Note/)
    .fill("After the FAQ review");
  await page.screenshot({ path: "test-results/publish-dialog.png" });
  await page.getByRole("button", { name: "Cancel" }).click();
  await page.setViewportSize({ width: 375, height: 740 });
  await page.screenshot({ path: "test-results/document-mobile.png", fullPage: false });
  await page.setViewportSize({ width: 1280, height: 720 });
}
