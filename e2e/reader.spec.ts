import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
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

/** "Published 26 November 2026 · version 2", whatever today's date. */
const versionLabel = (version: number) =>
  new RegExp(`Published \\d{1,2} [A-Z][a-z]+ \\d{4} · version ${version}`);

/** Publishes the initiative's next version through the API, as the publish button does. */
async function publish(page: Page, initiativeId: string, note?: string) {
  const response = await page.request.post(`/api/initiatives/${initiativeId}/publications`, {
    data: note ? { note } : {},
  });
  expect(response.status()).toBe(201);
  return (await response.json()) as { version: number; url: string };
}

/** Turns on a new share link; returns its path (/s/<token>). */
async function shareLink(page: Page, initiativeId: string): Promise<string> {
  const response = await page.request.post(`/api/initiatives/${initiativeId}/share-link`);
  expect(response.status()).toBe(201);
  return ((await response.json()) as { url: string }).url;
}

/** The line under the title: "Published … · version N · by …". */
function publishedLine(page: Page) {
  return page.getByRole("article").locator(".reader-meta > p").first();
}

function meta(page: Page, name: string) {
  return page.locator(`meta[name="${name}"]`);
}

test("published documents: members and share-link readers read them, revoked links say so", async ({
  page,
  newPage,
}) => {
  // Measured ~40 s on the two-core machine (one stage pasted and completed,
  // an invite, four browsers): allow well over twice that.
  test.setTimeout(150_000);
  const owner = await signUp(page, { name: "Olivia Owner" });
  await setRequiredApprovals(page, 0);
  const initiative = await createInitiative(page, { answered: true });
  await fillReadyStage(page, "Press release");
  await completeStage(page, "Press release");
  const reader = `/p/${initiative.initiativeId}`;

  await test.step("the owner publishes and reads it as one document", async () => {
    const first = await publish(page, initiative.initiativeId, "For the Tuesday review");
    expect(first).toMatchObject({ version: 1, url: `${reader}/v/1` });
    await page.goto(reader);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(initiative.title);
    await expect(publishedLine(page)).toHaveText(versionLabel(1));
    await expect(page.getByText("For the Tuesday review")).toBeVisible();
    await expect(
      page.getByRole("link", { name: "Back to Olivia Owner's workspace" }),
    ).toHaveAttribute("href", `/w/${owner.workspaceId}`);
    const contents = page.getByRole("navigation", { name: "Contents" });
    await expect(contents.getByRole("link", { name: "The customer" })).toBeVisible();
    await expect(contents.getByRole("link", { name: "Headline" })).toBeVisible();
    // Only what was complete is published: the FAQ being drafted is not there.
    await expect(contents.getByRole("link", { name: "FAQ" })).toHaveCount(0);
    await contents.getByRole("link", { name: "Press release" }).click();
    await expect(page).toHaveURL(/#press-release$/);
    await expect(page.getByRole("heading", { name: "Press release", level: 2 })).toBeInViewport();
    await expect(
      page.getByText("Larkspur Market puts refunds back on your card before you leave the store"),
    ).toBeVisible();
    await expect(meta(page, "robots")).toHaveAttribute("content", /noindex/);
    await expect(page).toHaveTitle(`${initiative.title} · Foreword`);
  });

  await test.step("the Markdown download's headings match the document", async () => {
    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download Markdown" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^instant-refunds.*\.md$/);
    const markdown = await readFile((await download.path()) ?? "", "utf8");
    // The parts (## ) and their headings (### ) in the file, as the contents list them.
    const fileHeadings = [...markdown.matchAll(/^#{2,4} (.+)$/gm)].map((match) => match[1]);
    const pageHeadings = await page
      .getByRole("navigation", { name: "Contents" })
      .getByRole("link")
      .allTextContents();
    expect(fileHeadings.filter((heading) => pageHeadings.includes(heading ?? ""))).toEqual(
      pageHeadings,
    );
    expect(markdown.startsWith(`# ${initiative.title}\n`)).toBe(true);
  });

  await test.step("an invited viewer finds it on the workspace home and reads it", async () => {
    await page.getByRole("link", { name: "Back to Olivia Owner's workspace" }).click();
    await page.waitForURL(`**/w/${owner.workspaceId}`);
    // The team sees what is published too, below its initiatives.
    await expect(page.getByRole("region", { name: "Published" })).toContainText(initiative.title);
    const viewer = newUser("Vera Viewer");
    const inviteUrl = await invite(page, viewer.email, "Viewer");
    const viewerPage = await newPage();
    await acceptInviteAsNewUser(viewerPage, inviteUrl, viewer, owner.workspaceId);
    const published = viewerPage.getByRole("region", { name: "Published" });
    await expect(published).toContainText(initiative.title);
    await expect(published).toContainText(versionLabel(1));
    // Drafts stay with the team: no initiatives list, no way into the editor.
    await expect(viewerPage.getByRole("table", { name: "Initiatives" })).toHaveCount(0);
    await published.getByRole("link", { name: new RegExp(initiative.title) }).click();
    await viewerPage.waitForURL(`**${reader}`);
    await expect(viewerPage.getByRole("heading", { level: 1 })).toHaveText(initiative.title);
    await expect(publishedLine(viewerPage)).toHaveText(versionLabel(1));
  });

  const anonymous = await newPage();
  const link = await shareLink(page, initiative.initiativeId);

  await test.step("anyone with the share link reads it, never indexed", async () => {
    const response = await anonymous.goto(link);
    expect(response?.status()).toBe(200);
    expect(response?.headers()["x-robots-tag"]).toBe("noindex, nofollow");
    expect(response?.headers()["referrer-policy"]).toBe("no-referrer");
    await expect(anonymous.getByRole("heading", { level: 1 })).toHaveText(initiative.title);
    await expect(anonymous.getByText("Shared with you · read-only")).toBeVisible();
    // The publisher's note was written for the team.
    await expect(anonymous.getByText("For the Tuesday review")).toHaveCount(0);
    await expect(publishedLine(anonymous)).toHaveText(versionLabel(1));
    await expect(meta(anonymous, "robots")).toHaveAttribute("content", /^noindex/);
    await expect(meta(anonymous, "referrer")).toHaveAttribute("content", "no-referrer");
    // Nothing of the team's: no way back into a workspace.
    await expect(anonymous.getByRole("link", { name: /Back to/ })).toHaveCount(0);
  });

  await test.step("the share page is rendered once, then sent under each response's nonce", async () => {
    const blocked: string[] = [];
    anonymous.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
    });
    const response = await anonymous.goto(link);
    expect(response?.headers()["x-foreword-cache"]).toBe("hit");
    expect(response?.headers()["x-robots-tag"]).toBe("noindex, nofollow");
    expect(response?.headers()["referrer-policy"]).toBe("no-referrer");
    // Nobody between may keep it: the link can be revoked, and the nonce is this response's.
    expect(response?.headers()["cache-control"]).toMatch(/\bno-store\b/);
    await expect(anonymous.getByRole("heading", { level: 1 })).toHaveText(initiative.title);
    // The page's scripts run under the new nonce: the print button is client code.
    await anonymous.evaluate(() => {
      window.print = () => document.body.setAttribute("data-printed", "");
    });
    const print = anonymous.getByRole("button", { name: /Print/ });
    await expect
      .poll(async () => {
        await print.click();
        return anonymous.locator("body[data-printed]").count();
      })
      .toBe(1);

    const nonceIn = (policy: string | undefined) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1];
    const [one, two] = await Promise.all([
      anonymous.request.get(link),
      anonymous.request.get(link),
    ]);
    const nonces = await Promise.all(
      [one, two].map(async (answer) => {
        const nonce = nonceIn(answer.headers()["content-security-policy"]);
        const inPage = new Set(
          [...(await answer.text()).matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]),
        );
        expect([...inPage]).toEqual([nonce]);
        return nonce;
      }),
    );
    expect(nonces[0]).not.toBe(nonces[1]);
    expect(blocked).toEqual([]);
  });

  await test.step("an unknown link and a revoked one answer 404 and say which", async () => {
    const unknown = await anonymous.goto(`/s/${"x".repeat(32)}`);
    expect(unknown?.status()).toBe(404);
    await expect(anonymous.getByRole("heading", { name: "This link does not work" })).toBeVisible();

    const revoked = await page.request.delete(
      `/api/initiatives/${initiative.initiativeId}/share-link`,
    );
    expect(revoked.status()).toBe(200);
    const after = await anonymous.goto(link);
    expect(after?.status()).toBe(404);
    await expect(anonymous.getByRole("heading", { name: "This link was revoked" })).toBeVisible();
    await expect(anonymous.getByText(/ask them for a new link/)).toBeVisible();
    await expect(anonymous).toHaveTitle("This link was revoked · Foreword");
    await expect(anonymous.getByText(initiative.title)).toHaveCount(0);
  });

  await test.step("republishing shows version 2; version 1 stays readable", async () => {
    const second = await publish(page, initiative.initiativeId);
    expect(second.version).toBe(2);
    await page.goto(reader);
    await expect(publishedLine(page)).toHaveText(versionLabel(2));
    const versions = page.getByRole("navigation", { name: "Versions" });
    await expect(versions.getByRole("link", { name: versionLabel(2) })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await versions.getByRole("link", { name: versionLabel(1) }).click();
    await page.waitForURL(`**${reader}/v/1`);
    await expect(publishedLine(page)).toHaveText(versionLabel(1));
    await expect(page.getByRole("note")).toContainText("This is an earlier version.");
    await page.getByRole("link", { name: "Read the latest, version 2" }).click();
    await page.waitForURL(`**${reader}`);

    // A new link can be made, and it reads the latest version too, and only
    // that: no list of versions, no publisher's note; an older version's
    // address leads to the latest.
    const fresh = await shareLink(page, initiative.initiativeId);
    expect((await anonymous.goto(fresh))?.status()).toBe(200);
    await expect(publishedLine(anonymous)).toHaveText(versionLabel(2));
    await expect(anonymous.getByRole("navigation", { name: "Versions" })).toHaveCount(0);
    for (const older of [`${fresh}/v/1`, `${fresh}/v/9`]) {
      expect((await anonymous.goto(older))?.status()).toBe(200);
      await expect(anonymous).toHaveURL(new RegExp(`${fresh}$`));
      await expect(publishedLine(anonymous)).toHaveText(versionLabel(2));
    }
  });

  await test.step("printed, it is a narrative: no top bar, each stage on a new page", async () => {
    await page.goto(reader);
    await page.emulateMedia({ media: "print" });
    const bar = page.locator(".reader-bar");
    expect(await bar.evaluate((element) => getComputedStyle(element).display)).toBe("none");
    const stage = page.locator('section[data-stage="PRESS_RELEASE"]');
    expect(await stage.evaluate((element) => getComputedStyle(element).breakBefore)).toBe("page");
    await page.emulateMedia({ media: "screen" });
    expect(await bar.evaluate((element) => getComputedStyle(element).display)).not.toBe("none");
  });

  await test.step("at 320 px nothing scrolls sideways", async () => {
    await page.setViewportSize({ width: 320, height: 720 });
    await page.goto(reader);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
  });
});

test("a hostile title, customer answer and question render as text on the reader pages", async ({
  page,
  newPage,
}) => {
  // Measured ~25 s (one stage pasted and completed): allow well over twice that.
  test.setTimeout(90_000);
  await signUp(page, { name: "Olivia Owner" });
  await setRequiredApprovals(page, 0);
  const title = `<img src=x onerror="window.__pwned=1"> Refunds ${Date.now()}`;
  const customer = `<script>window.__pwned=2</script>"><svg onload="window.__pwned=3">`;
  const initiative = await createInitiative(page, { title, customer, answered: true });
  await fillReadyStage(page, "Press release");
  await completeStage(page, "Press release");
  const published = await page.request.post(
    `/api/initiatives/${initiative.initiativeId}/publications`,
    { data: { note: `<iframe src="javascript:window.__pwned=4"></iframe>` } },
  );
  expect(published.status()).toBe(201);
  const { id } = (await published.json()) as { id: string };
  const question = `<a href="javascript:window.__pwned=5">click</a><img src=x onerror=window.__pwned=6>`;
  const asked = await page.request.post(`/api/publications/${id}/feedback`, {
    data: { body: question, stage: "PRESS_RELEASE", quote: `<script>window.__pwned=7</script>` },
  });
  expect(asked.status()).toBe(201);
  const link = await shareLink(page, initiative.initiativeId);

  const anonymous = await newPage();
  for (const [reader, path] of [
    [page, `/p/${initiative.initiativeId}`],
    [anonymous, link],
  ] as const) {
    await reader.goto(path);
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(reader.getByText(customer)).toBeVisible();
    const injected = await reader.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned,
      elements: document.querySelectorAll(
        "main script, main iframe, main svg[onload], main img[onerror], main a[href^='javascript']",
      ).length,
    }));
    expect(injected).toEqual({ pwned: undefined, elements: 0 });
    await expect(reader).toHaveTitle(`${title} · Foreword`);
  }
  // Members see the question, as text.
  await expect(page.getByText(question)).toBeVisible();
});
