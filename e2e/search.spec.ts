import { randomBytes } from "node:crypto";
import {
  acceptInviteAsNewUser,
  expect,
  invite,
  newUser,
  stageLink,
  test,
  writeStage,
} from "./fixtures";
import { ownerWithCompletePressRelease } from "./fixtures/ready-stages";

/** A word no other test writes: "wombat" and six letters. */
function uniqueWord() {
  const letters = [...randomBytes(6)].map((byte) => String.fromCharCode(97 + (byte % 26)));
  return `wombat${letters.join("")}`;
}

test("Ctrl+K finds an initiative by a word from its FAQ and opens the FAQ; the search page marks the words; a viewer never finds a draft", async ({
  page,
  newPage,
}) => {
  // Pastes and completes the press release (36–66 s measured under load), then a
  // second person signs up: allow well over twice that.
  test.setTimeout(240_000);
  const { owner, initiative } = await ownerWithCompletePressRelease(page, "Sasha Search");
  await stageLink(page, "FAQ").click();
  await page.waitForURL(`**${initiative.path}/faq`);
  const word = uniqueWord();
  await writeStage(page, "FAQ", `Does it work for ${word} returns too?`);

  // From the workspace's home, the palette: type, see the FAQ hit, Enter.
  await page.goto(`/w/${owner.workspaceId}`);
  await page.keyboard.press("Control+K");
  const palette = page.getByRole("dialog", { name: "Search" });
  const box = palette.getByRole("combobox", { name: "Search" });
  await expect(box).toBeFocused();
  await box.pressSequentially(word.slice(0, 8), { delay: 20 });
  const results = palette.getByRole("listbox", { name: "Search results" });
  // As typed: the prefix already finds it, its words marked.
  const hit = results.getByRole("option").filter({ hasText: initiative.title });
  await expect(hit.first()).toContainText("FAQ");
  await expect(hit.first().locator("mark")).toHaveText(word);
  await expect(results.getByRole("option").first()).toHaveAttribute("aria-selected", "true");
  await box.pressSequentially(word.slice(8));
  const seeAll = results.getByRole("option").last();
  await expect(seeAll).toContainText(`See all results for “${word}”`);
  // Arrow keys move the choice (and wrap); Enter opens the one chosen.
  await box.press("ArrowDown");
  await expect(seeAll).toHaveAttribute("aria-selected", "true");
  const seeAllId = await seeAll.getAttribute("id");
  expect(seeAllId).toBeTruthy();
  await expect(box).toHaveAttribute("aria-activedescendant", seeAllId ?? "");
  await box.press("ArrowDown");
  await expect(hit.first()).toHaveAttribute("aria-selected", "true");
  await box.press("Enter");
  await page.waitForURL(`**${initiative.path}/faq`);
  await expect(page.getByRole("dialog", { name: "Search" })).toBeHidden();

  // From the FAQ, the palette again: "See all results" opens the search page.
  await page.keyboard.press("Control+K");
  await box.fill(word);
  await expect(seeAll).toContainText(`See all results for “${word}”`);
  await box.press("ArrowUp");
  await box.press("Enter");
  await page.waitForURL(`**/w/${owner.workspaceId}/search?q=${word}`);
  await expect(page.getByRole("list", { name: "Search results" }).locator("mark")).toHaveText(word);

  // The search page, from the sidebar: highlighted snippets, each a link to its place.
  await page
    .getByRole("navigation", { name: "Workspace" })
    .getByRole("link", { name: /Search/ })
    .click();
  await page.waitForURL(`**/w/${owner.workspaceId}/search`);
  await page.getByRole("searchbox", { name: "Search" }).fill(`${word} returns`);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await page.waitForURL(/\/search\?q=/);
  const list = page.getByRole("list", { name: "Search results" });
  await expect(page.getByRole("main").getByRole("status")).toHaveText(
    `1 result for “${word} returns”.`,
  );
  await expect(list.locator("mark")).toHaveText([word, "returns"]);
  await expect(list.getByRole("link")).toHaveAttribute("href", `${initiative.path}/faq`);
  // A title hit shows the title with its words marked, and ranks first.
  await page.getByRole("searchbox", { name: "Search" }).fill(initiative.title.split(" ")[0] ?? "");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(list.getByRole("listitem").first()).toContainText("Initiative");
  await expect(list.getByRole("listitem").first().locator("mark").first()).toBeVisible();

  // A viewer reads published documents only: the draft word finds nothing.
  const viewer = newUser("Vera Viewer");
  const link = await invite(page, viewer.email, "Viewer");
  const viewerPage = await newPage();
  await acceptInviteAsNewUser(viewerPage, link, viewer, owner.workspaceId);
  await viewerPage.goto(`/w/${owner.workspaceId}/search?q=${word}`);
  await expect(viewerPage.getByRole("main").getByRole("status")).toHaveText(
    `Nothing found for “${word}”. Try fewer or different words.`,
  );
  await viewerPage.keyboard.press("Control+K");
  const viewerBox = viewerPage.getByRole("dialog", { name: "Search" }).getByRole("combobox");
  await viewerBox.fill(word);
  await expect(viewerPage.getByRole("dialog", { name: "Search" }).getByRole("status")).toHaveText(
    `Nothing found for “${word}”.`,
  );
});
