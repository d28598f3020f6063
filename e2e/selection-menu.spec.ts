import { createInitiative, expect, signUp, stageTextbox, test, writeStage } from "./fixtures";
import { selectText } from "./fixtures/comments";

test("selected text gets a formatting menu that applies marks, edits links and resets when it hides", async ({
  page,
}) => {
  await signUp(page);
  await createInitiative(page);
  await writeStage(page, "Press release", " Refunds reach the card at once.");
  const textbox = stageTextbox(page, "Press release");
  const menu = page.getByRole("toolbar", { name: "Format text" });

  await selectText(page, "Press release", "at once");
  await expect(menu).toBeVisible();
  await menu.getByRole("button", { name: "Bold" }).click();
  await expect(textbox.locator("strong", { hasText: "at once" })).toBeVisible();
  await expect(menu.getByRole("button", { name: "Bold" })).toHaveAttribute("aria-pressed", "true");

  // The link form replaces the buttons; once the menu hides, it shows the buttons again.
  await menu.getByRole("button", { name: "Link" }).click();
  await expect(page.getByRole("textbox", { name: "Link address" })).toBeVisible();
  await textbox.press("End");
  await expect(page.getByRole("textbox", { name: "Link address" })).toBeHidden();
  await selectText(page, "Press release", "Refunds");
  await expect(menu.getByRole("button", { name: "Italic" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Link address" })).toHaveCount(0);

  // A collapsed selection shows no menu.
  await textbox.press("End");
  await expect(menu).toBeHidden();
});
