import { OWNER_STATE, createInitiative, expect, expectWritable, test } from "./fixtures";

test.use({ storageState: OWNER_STATE, viewport: { width: 375, height: 740 } });

/** Whether the page scrolls sideways (content wider than the window). */
const overflowsSideways = (page: import("@playwright/test").Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);

test("on a phone the navigation is a menu, and pages fit the screen", async ({ page }) => {
  await page.goto("/");
  await page.waitForURL(/\/w\/[^/]+$/);
  // The sidebar is not squeezed beside the page: it waits behind the menu button.
  await expect(page.getByRole("navigation", { name: "Workspace" })).toBeHidden();
  expect(await overflowsSideways(page)).toBe(false);

  await page.getByRole("button", { name: "Open menu" }).click();
  const menu = page.getByRole("dialog", { name: "Menu" });
  await menu.getByRole("link", { name: "Members & settings" }).click();
  await page.waitForURL(/\/settings$/);
  await expect(menu).toBeHidden();
  expect(await overflowsSideways(page)).toBe(false);

  await page.getByRole("button", { name: "Open menu" }).click();
  await menu.getByRole("link", { name: "Initiatives" }).click();
  await page.waitForURL(/\/w\/[^/]+$/);
  await createInitiative(page);
  await expectWritable(page, "Press release");
  expect(await overflowsSideways(page)).toBe(false);
});
