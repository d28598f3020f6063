import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium, type Browser } from "@playwright/test";
import { afterAll, describe, expect, it } from "vitest";
import { CHROMIUM, CHROMIUM_ARGS, DISABLED_FEATURES } from "@/scripts/ensure-browser.mjs";

/** The feature names in Playwright's own `disabledFeatures` list, read from the installed bundle. */
function playwrightDisabledFeatures(): string[] {
  const bundle = readFileSync(
    createRequire(import.meta.url).resolve("playwright-core/lib/coreBundle"),
    "utf8",
  );
  const list = /disabledFeatures = \[([\s\S]*?)\]/.exec(bundle)?.[1];
  if (!list) throw new Error("playwright-core no longer names its disabledFeatures list");
  // Its entries are string literals, one per line, between comments.
  return [...list.matchAll(/^\s*"([^"]+)"/gm)].map((match) => match[1] ?? "");
}

describe("how Chromium is started", () => {
  it("repeats every feature Playwright disables, in one --disable-features switch", () => {
    const theirs = playwrightDisabledFeatures();
    expect(theirs.length).toBeGreaterThan(5);
    expect(DISABLED_FEATURES).toEqual(expect.arrayContaining(theirs));
    expect(CHROMIUM_ARGS.filter((arg) => arg.startsWith("--disable-features"))).toEqual([
      `--disable-features=${DISABLED_FEATURES.join(",")}`,
    ]);
  });

  let browser: Browser | undefined;
  afterAll(() => browser?.close());

  it("opens a context without building the address bar's WebUI popup", async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto("data:text/html,<p>Foreword</p>");
    const session = await browser.newBrowserCDPSession();
    const { targetInfos } = await session.send("Target.getTargets");
    // Without the switch Chromium 156 lists two "browser_ui" targets here,
    // chrome://omnibox-popup.top-chrome/ and its AI-mode variant.
    expect(targetInfos.map(({ type, url }) => `${type} ${url}`)).toEqual([
      "page data:text/html,<p>Foreword</p>",
    ]);
  });
});
