import {
  createInitiative,
  expect,
  expectWritable,
  focusUnder,
  signUp,
  stageTextbox,
  test,
} from "./fixtures";

test("the coach underlines a weasel word, explains it on hover, counts it, and selects it from the panel", async ({
  page,
}) => {
  await signUp(page);
  await createInitiative(page);
  await expectWritable(page, "Press release");
  const textbox = stageTextbox(page, "Press release");
  const coach = page.getByRole("region", { name: "Plain-language coach" });
  await expect(coach).toContainText("Flesch–Kincaid grade");

  await focusUnder(page, "Press release", "Summary");
  await page.keyboard.type("This is very fast and really simple.");

  // The underline appears after a pause in typing (debounced, in idle time).
  const very = textbox.locator(".coach-weasel", { hasText: /^very$/ });
  await expect(very).toBeVisible();
  await expect(textbox.locator(".coach-weasel", { hasText: /^really$/ })).toBeVisible();

  // The hint hides whenever the text changes (a collaborator typing, the
  // editor settling after the last keystroke): hover again, as a person would,
  // until it stays long enough to read.
  const hint = page.getByRole("tooltip");
  await expect(async () => {
    await page.mouse.move(0, 0);
    await very.hover();
    await expect(hint).toContainText("Weasel word", { timeout: 1_000 });
    await expect(hint).toContainText("“very” is vague", { timeout: 1_000 });
    await expect(hint).toContainText("Cut “very”", { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });

  // The panel counts both and lists them.
  const byKind = coach.getByRole("list", { name: "Suggestions by kind" });
  await expect(byKind.getByRole("listitem").filter({ hasText: "Weasel word" })).toHaveText(
    /Weasel word\s*2/,
  );
  const suggestions = coach.getByRole("list", { name: "Suggestions" });
  await expect(suggestions.getByRole("button")).toHaveCount(2);

  // Choosing one selects its words in the editor, wherever the cursor was.
  await page.keyboard.press("Control+Home");
  await suggestions.getByRole("button", { name: /^very/ }).click();
  await expect(textbox).toBeFocused();
  await expect
    .poll(() => page.evaluate(() => window.getSelection()?.toString() ?? ""))
    .toBe("very");

  // Fixing the word clears it: the count follows.
  await page.keyboard.type("3 times as");
  await expect(textbox.locator(".coach-weasel", { hasText: /^very$/ })).toHaveCount(0);
  await expect(suggestions.getByRole("button")).toHaveCount(1);
});
