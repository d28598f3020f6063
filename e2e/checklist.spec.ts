import {
  createInitiative,
  documentBlocks,
  expect,
  expectReadOnly,
  expectSaved,
  expectWritable,
  OTHER_ANSWERS,
  setRequiredApprovals,
  signUp,
  stageLink,
  stageTextbox,
  test,
} from "./fixtures";
import type { Locator, Page } from "@playwright/test";

/** Each part of the release, typed where its checklist item puts the cursor. */
const PARTS: { id: string; label: string; heading: string; text: string }[] = [
  {
    id: "headline",
    label: "Headline",
    heading: "Headline",
    text: "Larkspur Market puts refunds back on your card before you leave",
  },
  {
    id: "subheading",
    label: "Subheading",
    heading: "Subheading",
    text: "Shoppers who return an item now get their money back at the counter in seconds.",
  },
  {
    id: "summary",
    label: "Summary with city and date",
    heading: "Summary",
    text: "SEATTLE, May 4, 2027 — Larkspur Market today launched Instant Refunds in its 212 stores. The money is back on the card before the shopper reaches the door.",
  },
  {
    id: "problem",
    label: "The customer's problem",
    heading: "The problem",
    text: "Today a refund takes five to ten days to reach a card, and until then shoppers cannot spend that money.",
  },
  {
    id: "solution",
    label: "The solution",
    heading: "The solution",
    text: "Instant Refunds sends the money back the moment the cashier accepts the return, and the screen shows the new balance.",
  },
  {
    id: "leader-quote",
    label: "Leader's quote",
    heading: "Leader's quote",
    text: '"Waiting a week for your own money is wrong, so we fixed it," said Maria Chen, CEO of Larkspur Market.',
  },
  {
    id: "getting-started",
    label: "How to get started",
    heading: "How it works",
    text: "Bring the item to any counter, tap the card you paid with, and watch the refund arrive on the screen.",
  },
  {
    id: "customer-quote",
    label: "Customer's quote",
    heading: "Customer quote",
    text: '"I had my money back before I reached the car," said Dana Ortiz, a shopper in Tacoma.',
  },
  {
    id: "call-to-action",
    label: "Call to action",
    heading: "Call to action",
    text: "Visit any Larkspur Market store today to return an item and get your money back at once.",
  },
];

const checklist = (page: Page) => page.getByRole("region", { name: "Checklist" });
const item = (page: Page, id: string): Locator => checklist(page).locator(`[data-check="${id}"]`);

test("a new user fills the press release until every check passes, completes it, and the FAQ unlocks", async ({
  page,
}) => {
  // Measured 72 s on a two-core machine busy with builds (typing ~1,200 characters): over twice that.
  test.setTimeout(180_000);
  await signUp(page, { name: "Nadia New" });
  // Working alone: no reviewer to approve, so the stage completes straight from drafting.
  await setRequiredApprovals(page, 0);
  const initiative = await createInitiative(page);
  await expectWritable(page, "Press release");

  // The untouched template: nothing passes, and the stage cannot complete.
  await expect(checklist(page)).toContainText("required checks to go");
  await expect(checklist(page)).toContainText("0 / 500 words"); // the headings are the template's, not the release's
  for (const part of PARTS)
    await expect(item(page, part.id)).toHaveAttribute("data-passed", "false");
  const complete = page.getByRole("button", { name: "Complete stage" });
  await expect(complete).toBeDisabled();

  // The customer questions: the item opens the Customer form at the first one unanswered.
  await checklist(page)
    .getByRole("button", { name: /^The five customer questions/ })
    .click();
  const form = page.getByRole("dialog", { name: "The customer" });
  const [firstQuestion] = Object.keys(OTHER_ANSWERS);
  await expect(form.getByLabel(firstQuestion ?? "")).toBeFocused();
  for (const [label, answer] of Object.entries(OTHER_ANSWERS))
    await form.getByLabel(label).fill(answer);
  await form.getByRole("button", { name: "Save answers" }).click();
  await expect(form).toBeHidden();
  await expect(item(page, "customer")).toHaveAttribute("data-passed", "true");

  // Every part: its item puts the cursor under its heading, and turns green once written.
  for (const part of PARTS) {
    await checklist(page)
      .getByRole("button", { name: new RegExp(`^${part.label}`) })
      .click();
    await page.keyboard.type(part.text);
    await expect(item(page, part.id)).toHaveAttribute("data-passed", "true");
  }
  const blocks = await documentBlocks(stageTextbox(page, "Press release"));
  for (const part of PARTS) {
    const at = blocks.indexOf(`h2: ${part.heading}`);
    expect(blocks[at + 1], `${part.heading} is followed by its text`).toBe(`p: ${part.text}`);
  }

  await expect(checklist(page)).toContainText("Every required check passes.");
  await expect(checklist(page)).toContainText(/\d+ \/ 500 words/);
  await expectSaved(page);
  await expect(complete).toBeEnabled();
  await complete.click();
  await expect(stageLink(page, "Press release")).toContainText("Complete");
  await expect(stageLink(page, "FAQ")).toContainText("Drafting");
  await expectReadOnly(page, "Press release");

  // The FAQ, empty, cannot be completed, and its checklist says why.
  await stageLink(page, "FAQ").click();
  await page.waitForURL(`**${initiative.path}/faq`);
  await expectWritable(page, "FAQ");
  await expect(page.getByRole("button", { name: "Complete stage" })).toBeDisabled();
  await expect(item(page, "question-marks")).toHaveAttribute("data-passed", "false");
  await expect(item(page, "question-marks")).toContainText("No questions yet");
  await expect(item(page, "entries")).toContainText("0 of 5");
  await expect(checklist(page)).toContainText("required checks to go");
});

test("the stage list and the initiative list show checks passed", async ({ page }) => {
  test.setTimeout(90_000);
  await signUp(page, { name: "Paula Progress" });
  const initiative = await createInitiative(page, { answered: true });
  await expectWritable(page, "Press release");
  await checklist(page)
    .getByRole("button", { name: /^Headline/ })
    .click();
  await page.keyboard.type("Larkspur Market puts refunds back on your card");
  await expect(item(page, "headline")).toHaveAttribute("data-passed", "true");
  // The stage list follows the open stage's checklist, without a reload.
  const done =
    (await checklist(page)
      .getByText(/\d+ of \d+ done/)
      .textContent()) ?? "";
  const [, passed, total] = /(\d+) of (\d+) done/.exec(done) ?? [];
  await expect(stageLink(page, "Press release")).toContainText(
    `Drafting · ${passed}/${total} checks`,
  );
  await expectSaved(page);

  // As stored: the customer answers and the headline pass.
  await page.reload();
  await expect(stageLink(page, "Press release")).toContainText(/Drafting · [1-9]\d*\/\d+ checks/);
  await page
    .getByRole("navigation", { name: "Workspace" })
    .getByRole("link", { name: "Initiatives" })
    .click();
  const row = page
    .getByRole("table", { name: "Initiatives" })
    .getByRole("row")
    .filter({ hasText: initiative.title });
  await expect(row).toContainText(/Press release · .*[1-9]\d*\/\d+ checks passed/);
});
