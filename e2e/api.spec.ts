import type { Page } from "@playwright/test";
import { OWNER_STATE, expect, sectionIdOnPage, signUp, test, workspaceIdFrom } from "./fixtures";

test.use({ storageState: OWNER_STATE });

/** Contexts made in a test inherit the project's storageState unless told otherwise. */
const SIGNED_OUT = { cookies: [], origins: [] };

type ApiError = { error: { code: string; message: string; fields?: Record<string, string> } };
type Created = { initiative: { id: string; workspaceId: string } };

/** The signed-in owner's workspace id, from where "/" sends them. */
async function ownWorkspace(page: Page): Promise<string> {
  await page.goto("/");
  await page.waitForURL(/\/w\/[^/]+$/);
  return workspaceIdFrom(page);
}

/** A new initiative made through the API, and the id of one of its sections (from its page). */
async function initiativeSection(page: Page, workspaceId: string, slug: string) {
  const response = await page.request.post(`/api/workspaces/${workspaceId}/initiatives`, {
    data: { title: "Forged requests", customer: "Attackers" },
  });
  expect(response.status()).toBe(201);
  const { initiative } = (await response.json()) as Created;
  await page.goto(`/w/${workspaceId}/i/${initiative.id}/${slug}`);
  return sectionIdOnPage(page);
}

test.describe("JSON API refusals", () => {
  test("another workspace is not found", async ({ page, newPage }) => {
    const strangerPage = await newPage();
    const stranger = await signUp(strangerPage, { name: "Sam Stranger" });
    const theirs = await strangerPage.request.post(
      `/api/workspaces/${stranger.workspaceId}/initiatives`,
      { data: { title: "Private plans", customer: "Their customers" } },
    );
    expect(theirs.status()).toBe(201);
    const { initiative } = (await theirs.json()) as Created;

    // Their initiative's page is not found, under their workspace or under ours.
    const ownId = await ownWorkspace(page);
    for (const workspaceId of [stranger.workspaceId, ownId]) {
      const visit = await page.goto(`/w/${workspaceId}/i/${initiative.id}/press-release`);
      expect(visit?.status()).toBe(404);
      await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
    }

    const response = await page.request.post(
      `/api/workspaces/${stranger.workspaceId}/initiatives`,
      { data: { title: "Sneaking in", customer: "Nobody" } },
    );
    expect(response.status()).toBe(404);
    const listing = await page.request.get(`/api/workspaces/${stranger.workspaceId}/initiatives`);
    expect(listing.status()).toBe(404);
  });

  test("invalid input names the field", async ({ page }) => {
    const workspaceId = await ownWorkspace(page);
    const url = `/api/workspaces/${workspaceId}/initiatives`;

    const missing = await page.request.post(url, { data: { customer: "Someone" } });
    expect(missing.status()).toBe(400);
    const missingBody = (await missing.json()) as ApiError;
    expect(missingBody.error.fields?.title).toEqual(expect.any(String));

    const long = await page.request.post(url, {
      data: { title: "t".repeat(200), customer: "Someone" },
    });
    expect(long.status()).toBe(400);
    expect(((await long.json()) as ApiError).error.fields?.title).toContain("140");

    const notJson = await page.request.post(url, {
      headers: { "content-type": "application/json" },
      data: "{not json",
    });
    expect(notJson.status()).toBe(400);
  });

  test("a locked stage cannot be completed or written", async ({ page }) => {
    const workspaceId = await ownWorkspace(page);
    const faq = await initiativeSection(page, workspaceId, "faq");

    const complete = await page.request.post(`/api/sections/${faq}/transitions`, {
      data: { action: "complete" },
    });
    expect(complete.status()).toBe(403);
    expect(((await complete.json()) as ApiError).error.code).toBe("STAGE_LOCKED");

    const write = await page.request.patch(`/api/sections/${faq}`, { data: { body: "Early" } });
    expect(write.status()).toBe(403);

    await page.reload();
    await expect(page.getByLabel("FAQ text")).toHaveText("Nothing written yet.");
  });

  test("an oversized body is refused before it is read", async ({ page }) => {
    const workspaceId = await ownWorkspace(page);
    const pressRelease = await initiativeSection(page, workspaceId, "press-release");
    const response = await page.request.patch(`/api/sections/${pressRelease}`, {
      data: { body: "x".repeat(600 * 1024) },
    });
    expect(response.status()).toBe(413);
    expect(((await response.json()) as ApiError).error.code).toBe("TOO_LARGE");
  });

  test("requests without a session are unauthorised", async ({ page, playwright, baseURL }) => {
    const workspaceId = await ownWorkspace(page);
    const anonymous = await playwright.request.newContext({ baseURL, storageState: SIGNED_OUT });
    try {
      const list = await anonymous.get(`/api/workspaces/${workspaceId}/initiatives`);
      expect(list.status()).toBe(401);
      const create = await anonymous.post(`/api/workspaces/${workspaceId}/initiatives`, {
        data: { title: "Anonymous", customer: "Nobody" },
      });
      expect(create.status()).toBe(401);
    } finally {
      await anonymous.dispose();
    }
  });
});
