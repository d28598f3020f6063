/**
 * What a signed-out visitor's browser gets without signing in: the About
 * page (the reader benchmark's plain page) and the app's icons and manifest,
 * which every page's head links to, the sign-in page's included.
 */
import { expect, test } from "./fixtures";

test("a signed-out visitor reads About Foreword, in the Working Backwards order", async ({
  newPage,
}) => {
  const page = await newPage();
  const response = await page.goto("/about");
  expect(response?.status()).toBe(200);
  expect(page.url()).toMatch(/\/about$/);
  await expect(page).toHaveTitle("About · Foreword");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Write the press release first");
  await expect(page.getByRole("listitem")).toHaveText([
    /^Press release\./,
    /^FAQ\./,
    /^User manual\./,
    /^Mockups\./,
    /^Technical feasibility\./,
  ]);
});

test("the icons and the manifest load signed out, and every page links to them", async ({
  newPage,
}) => {
  const page = await newPage();
  await page.goto("/sign-in");
  const icons = await page
    .locator('head link[rel="icon"], head link[rel="apple-touch-icon"], head link[rel="manifest"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute("href")));
  expect(icons).toEqual(
    expect.arrayContaining([
      "/favicon.ico",
      "/icon.svg",
      "/apple-touch-icon.png",
      "/manifest.webmanifest",
    ]),
  );
  const expected: Record<string, string> = {
    "/favicon.ico": "image/x-icon",
    "/icon.svg": "image/svg+xml",
    "/apple-touch-icon.png": "image/png",
    "/icon-192.png": "image/png",
    "/icon-512.png": "image/png",
    "/manifest.webmanifest": "application/manifest+json",
  };
  for (const [path, type] of Object.entries(expected)) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toContain(type);
    expect(response.headers()["x-content-type-options"], path).toBe("nosniff");
  }
  const manifest = (await (await page.request.get("/manifest.webmanifest")).json()) as {
    name: string;
    icons: { src: string }[];
  };
  expect(manifest.name).toBe("Foreword");
  expect(manifest.icons.map((icon) => icon.src)).toEqual([
    "/icon.svg",
    "/icon-192.png",
    "/icon-512.png",
  ]);
});
