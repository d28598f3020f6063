import type { Page } from "@playwright/test";
import {
  focusUnder,
  acceptInviteAsNewUser,
  createInitiative,
  expect,
  expectReadOnly,
  expectSaved,
  expectWritable,
  invite,
  setRequiredApprovals,
  stageLink,
  stageTextbox,
  submitSignUp,
  test,
} from "./fixtures";
import { completeStage, fillReadyStage } from "./fixtures/ready-stages";
import { commentsPanel, selectText, thread } from "./fixtures/comments";

/**
 * The README's screenshots, made the way a product manager would make them:
 * two people writing a press release together. Not part of the suite: run
 * `FOREWORD_SCREENSHOTS=1 npm run test:e2e -- e2e/screenshots.spec.ts`.
 */
test.skip(
  !process.env.FOREWORD_SCREENSHOTS,
  "Set FOREWORD_SCREENSHOTS=1 to refresh docs/screenshots",
);
test.use({ viewport: { width: 1360, height: 940 } });

const PM = "Priya Raman";
const COLLEAGUE = "Marcus Chen";
const REVIEWER = "Rita Alvarez";

/** Writes paragraphs under a heading, typed in one go per paragraph. */
async function writeUnder(page: Page, heading: string, paragraphs: string[]) {
  await focusUnder(page, "Press release", heading);
  for (const [index, paragraph] of paragraphs.entries()) {
    if (index > 0) await page.keyboard.press("Enter");
    await page.keyboard.insertText(paragraph);
  }
}

/** A mockup of the counter screen, rendered in a page of its own, as a PNG. */
async function counterMockup(page: Page): Promise<Buffer> {
  await page.setViewportSize({ width: 880, height: 460 });
  await page.setContent(`
    <style>
      * { box-sizing: border-box; margin: 0; }
      body { font-family: "DejaVu Sans", sans-serif; background: #eef1f5; padding: 28px; color: #1f2933; }
      .till { display: grid; grid-template-columns: 1.1fr 1fr; gap: 20px; height: 404px; }
      .panel { background: white; border-radius: 14px; padding: 22px 24px; box-shadow: 0 1px 3px #0002; }
      h2 { font-size: 14px; text-transform: uppercase; letter-spacing: .06em; color: #697586; margin-bottom: 14px; }
      .item { display: flex; justify-content: space-between; padding: 12px 0; border-bottom: 1px solid #e5e9f0; font-size: 15px; }
      .item small { display: block; color: #697586; font-size: 12px; margin-top: 3px; }
      .total { display: flex; justify-content: space-between; padding-top: 14px; font-weight: bold; font-size: 16px; }
      .done { display: grid; place-items: center; text-align: center; align-content: center; gap: 12px; }
      .check { width: 74px; height: 74px; border-radius: 50%; background: #16a34a; color: white; font-size: 42px; line-height: 74px; }
      .amount { font-size: 34px; font-weight: bold; }
      .card { color: #697586; font-size: 14px; }
      .button { margin-top: 10px; background: #1f2933; color: white; border-radius: 9px; padding: 11px 26px; font-size: 14px; }
    </style>
    <div class="till">
      <div class="panel">
        <h2>Return · Counter 3</h2>
        <div class="item"><span>Trail running shoes<small>Size 9 · bought 12 Feb · no receipt</small></span><span>$89.00</span></div>
        <div class="item"><span>Merino running socks<small>2 pairs · found by card</small></span><span>$24.00</span></div>
        <div class="item"><span>Reason<small>Wrong size</small></span><span></span></div>
        <div class="total"><span>Refund</span><span>$113.00</span></div>
      </div>
      <div class="panel done">
        <div class="check">✓</div>
        <div class="amount">$113.00 refunded</div>
        <div class="card">Back on Visa •••• 4821 · in 4 seconds</div>
        <div class="button">Print or email receipt</div>
      </div>
    </div>`);
  return page.screenshot();
}

test("README screenshots: co-editing, a finished press release, and its review", async ({
  page: pm,
  newPage,
}) => {
  test.setTimeout(180_000);
  // A fresh database per run: plain addresses, as in a real workspace.
  const priya = { name: PM, email: "priya.raman@shopco.example", password: "counter-refunds-2027" };
  await pm.goto("/sign-up");
  await submitSignUp(pm, priya);
  await pm.waitForURL(/\/w\/[^/]+$/);
  const initiative = await createInitiative(pm, {
    title: "Instant refunds at the counter",
    customer: "Shoppers returning an item in store",
    answered: true,
  });
  const colleague = {
    name: COLLEAGUE,
    email: "marcus.chen@shopco.example",
    password: "till-screen-2027",
  };
  const inviteUrl = await invite(pm, colleague.email, "Editor");
  const marcus = await newPage();
  await acceptInviteAsNewUser(marcus, inviteUrl, colleague, initiative.workspaceId);
  const mockup = await counterMockup(await newPage());

  for (const page of [pm, marcus]) {
    await page.goto(`${initiative.path}/press-release`);
    await expectWritable(page, "Press release");
  }
  const pmText = stageTextbox(pm, "Press release");

  await writeUnder(pm, "Headline", [
    "Shop Co. refunds returns at the counter in seconds — no receipt, no waiting",
  ]);
  // Both mid-sentence, each seeing the other's caret: the co-editing screenshot.
  await writeUnder(marcus, "Subheading", [
    "Shoppers who bring something back to any Shop Co. store get their money back on the card they paid with",
  ]);
  await writeUnder(pm, "Summary", [
    "SEATTLE — March 3, 2027 — Shop Co. today launched Instant Refunds in all 212 of its stores. A shopper returning an item no longer waits three to five days for",
  ]);
  await expect(pmText.getByText(COLLEAGUE, { exact: true })).toBeVisible();
  await expect(marcus.getByText(PM, { exact: true })).toBeVisible();
  await expect(
    pm.getByRole("group", { name: `Here now: ${PM} (you), ${COLLEAGUE}` }),
  ).toBeVisible();
  await pm.screenshot({ path: "docs/screenshots/co-editing.png", caret: "initial" });

  await marcus.keyboard.insertText(", before they leave the till.");
  await pm.keyboard.insertText(
    " the money to reach their card, and no longer needs the receipt: the cashier finds the purchase from the card, and the refund lands while the shopper is still at the counter.",
  );
  await writeUnder(marcus, "The problem", [
    "Returning something should take a minute. Today it takes a week: customers keep receipts in shoeboxes, queue at the service desk, then check their banking app for days, wondering whether the money will ever arrive. One in four tells us they keep an item they don’t want rather than go through it.",
  ]);
  await writeUnder(pm, "The solution", [
    "At any counter, the cashier taps Refund, holds the shopper’s card to the reader, and picks the items from that card’s purchases of the last 90 days. The refund goes back to the same card at once, through the card network’s instant credit, and the shopper gets an email receipt.",
  ]);
  await writeUnder(pm, "Leader's quote", [
    "“Nobody should have to prove they shopped with us, or wait a week for their own money,” said Dana Whitfield, Vice President of Stores at Shop Co. “Instant Refunds turns the least loved minute in retail into a reason to come back.”",
  ]);

  // How it works: a numbered list, then the counter screen as a figure with a caption.
  await focusUnder(marcus, "Press release", "How it works");
  await marcus.keyboard.type("1. ");
  await marcus.keyboard.insertText("Bring the item to any counter, with the card you paid with.");
  await marcus.keyboard.press("Enter");
  await marcus.keyboard.insertText(
    "The cashier taps Refund and picks the item from your purchases.",
  );
  await marcus.keyboard.press("Enter");
  await marcus.keyboard.insertText("Watch the refund land on your card before you leave the till.");
  await marcus.keyboard.press("Enter");
  await marcus.keyboard.press("Enter");
  await marcus.keyboard.type("/image");
  const chooser = marcus.waitForEvent("filechooser");
  await marcus.keyboard.press("Enter");
  await (await chooser).setFiles({ name: "counter.png", mimeType: "image/png", buffer: mockup });
  const figure = pmText.getByRole("figure");
  await expect(figure.locator('img[src^="/api/assets/"]')).toBeVisible();
  await figure.locator("figcaption").click();
  await pm.keyboard.insertText(
    "The counter screen: the refund is on the shopper’s card before the receipt prints.",
  );

  await writeUnder(marcus, "Customer quote", [
    "“I took back a pair of running shoes without the receipt, and the refund was on my card before I’d put my wallet away,” said Jamie Ortiz, a Shop Co. customer in Portland.",
  ]);
  await writeUnder(marcus, "Call to action", [
    "Instant Refunds works today in every Shop Co. store. Bring the item and your card to any counter; find your nearest store at shopco.example/stores.",
  ]);
  await expectSaved(marcus);
  await expectSaved(pm);

  // The finished press release as its PM shows it: alone on the page, all of it in view.
  await marcus.close();
  await expect(pm.getByRole("group", { name: `Here now: ${PM} (you)` })).toBeVisible();
  await pm.reload();
  await expectWritable(pm, "Press release");
  const image = figure.locator('img[src^="/api/assets/"]');
  await image.scrollIntoViewIfNeeded();
  await expect
    .poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBeGreaterThan(0);
  // The checklist and the coach beside it have read the release.
  await expect(pm.getByRole("region", { name: "Checklist" })).toContainText("11 of 11 done");
  await expect(pm.getByRole("region", { name: "Plain-language coach" })).toContainText(
    "Flesch–Kincaid grade",
    { timeout: 20_000 },
  );
  // A viewport as tall as the page, so the sidebar runs its full height.
  const height = await pm.evaluate(() => document.documentElement.scrollHeight);
  await pm.setViewportSize({ width: 1360, height });
  await pm.evaluate(() => window.scrollTo(0, 0));
  await pm.screenshot({ path: "docs/screenshots/initiative.png" });

  // Review: Rita, a reviewer, comments on a sentence of the frozen text and mentions Priya.
  await pm.setViewportSize({ width: 1360, height: 940 });
  const rita = { name: REVIEWER, email: "rita.alvarez@shopco.example", password: "review-2027" };
  const ritaInvite = await invite(pm, rita.email, "Reviewer");
  const reviewer = await newPage();
  await acceptInviteAsNewUser(reviewer, ritaInvite, rita, initiative.workspaceId);
  await pm.goto(`${initiative.path}/press-release`);
  await expectWritable(pm, "Press release");
  await pm.getByRole("button", { name: "Request review" }).click();
  const request = pm.getByRole("dialog", { name: "Request review of Press release" });
  await request.getByRole("checkbox", { name: `${REVIEWER}, reviewer` }).check();
  await request.getByRole("button", { name: "Send for review" }).click();
  await expect(request).toBeHidden();
  await reviewer.goto(`${initiative.path}/press-release`);
  await expectReadOnly(reviewer, "Press release");
  const passage = "no receipt, no waiting";
  await selectText(reviewer, "Press release", passage);
  await reviewer.getByRole("toolbar").getByRole("button", { name: "Comment" }).click();
  const box = commentsPanel(reviewer).getByRole("combobox", { name: "New comment" });
  await box.pressSequentially(
    "Shoppers still get a receipt, by email. Can we say it straight? @pri",
  );
  await reviewer
    .getByRole("listbox", { name: "People to mention" })
    .getByRole("option")
    .first()
    .click();
  await box.pressSequentially("what do you think?");
  await commentsPanel(reviewer).getByRole("button", { name: "Comment", exact: true }).click();
  await expect(thread(reviewer, passage)).toContainText("what do you think?");
  await reviewer.evaluate(() => window.scrollTo(0, 0));
  await reviewer.screenshot({ path: "docs/screenshots/review.png" });
});

test("README screenshot: the published press release and FAQ, as a stakeholder reads them", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const pm = { name: PM, email: "priya.raman@larkspur.example", password: "published-2027" };
  await page.goto("/sign-up");
  await submitSignUp(page, pm);
  await page.waitForURL(/\/w\/[^/]+$/);
  await setRequiredApprovals(page, 0);
  const initiative = await createInitiative(page, {
    title: "Instant refunds at the counter",
    customer: "Shoppers returning an item in store",
    answered: true,
  });
  await fillReadyStage(page, "Press release");
  await completeStage(page, "Press release");
  await stageLink(page, "FAQ").click();
  await fillReadyStage(page, "FAQ");
  await completeStage(page, "FAQ");
  const published = await page.request.post(
    `/api/initiatives/${initiative.initiativeId}/publications`,
    { data: { note: "For Tuesday's review with the stores leadership team" } },
  );
  expect(published.status()).toBe(201);
  await page.goto(`/p/${initiative.initiativeId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(initiative.title);
  // Tall enough for the title, the contents beside it and the press release's opening.
  await page.setViewportSize({ width: 1360, height: 1500 });
  await page.getByRole("heading", { name: "Press release", level: 2 }).scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: "docs/screenshots/reader.png" });
});
