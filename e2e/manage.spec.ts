/**
 * Managing initiatives and workspaces (issue 10, item 5), as people do it:
 * the initiative's "…" menu, the Archived banner, the workspace switcher and
 * the workspace's settings.
 */
import {
  acceptInviteAsNewUser,
  createInitiative,
  expect,
  expectReadOnly,
  expectWritable,
  invite,
  newUser,
  sectionIdOnPage,
  signUp,
  test,
} from "./fixtures";
import type { Page } from "@playwright/test";

/** Opens the initiative's "…" menu and chooses an item. */
async function chooseAction(page: Page, item: string) {
  await page.getByRole("button", { name: "Initiative actions" }).click();
  await page.getByRole("menuitem", { name: item }).click();
}

/** The initiatives listed on the workspace's home. */
const listed = (page: Page, title: string) => page.getByRole("link", { name: new RegExp(title) });

test("rename an initiative, archive it (read-only at once, with a banner), restore it, and delete it by typing its title", async ({
  page,
  context,
}) => {
  test.slow(); // several dialogs, two tabs, and a deletion
  await signUp(page, { name: "Olivia Owner" });
  const initiative = await createInitiative(page, { title: "Counter refunds" });

  await chooseAction(page, "Rename");
  const rename = page.getByRole("dialog", { name: "Rename initiative" });
  await rename.getByLabel("Title").fill("Refunds at the counter");
  await rename.getByRole("button", { name: "Rename" }).click();
  await expect(rename).toBeHidden();
  await expect(
    page.getByRole("heading", { name: "Refunds at the counter", level: 1 }),
  ).toBeVisible();

  await chooseAction(page, "Edit customer");
  const customer = page.getByRole("dialog", { name: "The customer" });
  await customer.getByLabel("Who is the customer?").fill("Shop owners who take returns");
  await customer.getByRole("button", { name: "Save answers" }).click();
  await expect(customer).toBeHidden();
  await expect(page.getByText("For Shop owners who take returns")).toBeVisible();

  // A second tab with the press release open and writable, as a teammate would have it.
  const other = await context.newPage();
  await other.goto(`${initiative.path}/press-release`);
  await expectWritable(other, "Press release");

  await chooseAction(page, "Archive");
  const archive = page.getByRole("dialog", { name: "Archive this initiative?" });
  await archive.getByRole("button", { name: "Archive" }).click();
  const banner = page.getByRole("status", { name: "Archived" });
  await expect(banner).toContainText(/Archived by Olivia Owner on \d+ \w+ \d{4}/);
  await expectReadOnly(page, "Press release");
  await expect(page.getByText("Archived: restore the initiative to make changes.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Complete stage" })).toHaveCount(0);
  // The other tab's editor turned read-only without a reload.
  await expectReadOnly(other, "Press release");
  // Whatever a client sends, nothing changes.
  const sectionId = await sectionIdOnPage(page);
  const forced = await page.request.post(`/api/sections/${sectionId}/transitions`, {
    data: { action: "complete" },
  });
  expect(forced.status()).toBe(409);
  expect(((await forced.json()) as { error: { message: string } }).error.message).toBe(
    "This initiative is archived. Restore it to change it.",
  );
  // Out of the default list.
  await page.getByRole("link", { name: "Initiatives", exact: true }).first().click();
  await expect(page.getByRole("heading", { name: "Initiatives", level: 1 })).toBeVisible();
  await expect(listed(page, "Refunds at the counter")).toHaveCount(0);

  await page.goto(`${initiative.path}/press-release`);
  await banner.getByRole("button", { name: "Restore" }).click();
  await expect(banner).toBeHidden();
  await expectWritable(page, "Press release");
  await expectWritable(other, "Press release");
  await other.close();

  await chooseAction(page, "Delete");
  const confirm = page.getByRole("dialog", { name: "Delete this initiative?" });
  const deleteButton = confirm.getByRole("button", { name: "Delete initiative" });
  await expect(deleteButton).toBeDisabled();
  await confirm.getByLabel(/to confirm/).fill("Refunds");
  await expect(deleteButton).toBeDisabled();
  await confirm.getByLabel(/to confirm/).fill("Refunds at the counter");
  await deleteButton.click();
  await page.waitForURL(new RegExp(`/w/${initiative.workspaceId}$`));
  await expect(page.getByText("Deleted “Refunds at the counter”.")).toBeVisible();
  await expect(listed(page, "Refunds at the counter")).toHaveCount(0);
  const gone = await page.goto(`${initiative.path}/press-release`);
  expect(gone?.status()).toBe(404);
});

test("create a second workspace, switch between them, rename one, and leave a workspace", async ({
  page: owner,
  newPage,
}) => {
  test.slow(); // two people, invites, and several workspaces
  const me = await signUp(owner, { name: "Wanda Owner" });
  const switcher = owner.getByRole("button", { name: "Switch workspace" });

  await switcher.click();
  await owner.getByRole("menuitem", { name: "Create workspace" }).click();
  const create = owner.getByRole("dialog", { name: "Create a workspace" });
  await create.getByLabel("Name").fill("Payments team");
  await create.getByRole("button", { name: "Create workspace" }).click();
  await owner.waitForURL(
    (url) => /^\/w\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith(me.workspaceId),
  );
  await expect(switcher).toContainText("Payments team");
  await expect(switcher).toContainText("Owner");

  // Back to the first one through the switcher, which lists both.
  await switcher.click();
  await expect(owner.getByRole("menuitem", { name: "Payments team" })).toBeVisible();
  await owner.getByRole("menuitem", { name: "Wanda Owner's workspace" }).click();
  await owner.waitForURL(`**/w/${me.workspaceId}`);
  await expect(switcher).toContainText("Wanda Owner's workspace");

  // Rename it on its settings page.
  await owner.getByRole("link", { name: "Members & settings" }).click();
  await owner.getByLabel("Name", { exact: true }).fill("Returns team");
  await owner.getByRole("button", { name: "Save name" }).click();
  await expect(owner.getByText("Workspace renamed to “Returns team”.")).toBeVisible();
  await expect(switcher).toContainText("Returns team");

  // The only owner cannot leave, and is told why.
  await owner.getByRole("button", { name: "Leave workspace" }).click();
  await owner
    .getByRole("dialog", { name: "Leave Returns team?" })
    .getByRole("button", { name: "Leave workspace" })
    .click();
  await expect(
    owner.getByText("A workspace needs at least one owner. Make someone else an owner first."),
  ).toBeVisible();

  // An editor invited here leaves; with no workspace of their own, they land on /no-workspace.
  const editor = newUser("Eddie Editor");
  const link = await invite(owner, editor.email, "Editor");
  const guest = await newPage();
  await acceptInviteAsNewUser(guest, link, editor, me.workspaceId);
  await guest.getByRole("link", { name: "Members & settings" }).click();
  await expect(guest.getByRole("textbox", { name: "Name" })).toHaveCount(0);
  await guest.getByRole("button", { name: "Leave workspace" }).click();
  await guest
    .getByRole("dialog", { name: "Leave Returns team?" })
    .getByRole("button", { name: "Leave workspace" })
    .click();
  await guest.waitForURL("**/no-workspace");
  await expect(guest.getByRole("heading", { name: "You’re not in any workspace" })).toBeVisible();
  const after = await guest.goto(`/w/${me.workspaceId}`);
  expect(after?.status()).toBe(404);
  // From nowhere, they can start a workspace of their own.
  await guest.goto("/no-workspace");
  await guest.getByRole("button", { name: "Create a workspace" }).click();
  const own = guest.getByRole("dialog", { name: "Create a workspace" });
  await own.getByLabel("Name").fill("Eddie's side project");
  await own.getByRole("button", { name: "Create workspace" }).click();
  await expect(guest.getByRole("heading", { name: "Initiatives", level: 1 })).toBeVisible();
  await expect(guest.getByRole("button", { name: "Switch workspace" })).toContainText(
    "Eddie's side project",
  );
});
