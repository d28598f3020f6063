import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM, CHROMIUM_ARGS } from "./scripts/ensure-browser.mjs";

/**
 * The browser suite. Run it with `npm run test:e2e` (scripts/e2e.mjs), which
 * starts the production build against a fresh database and sets BASE_URL.
 */
const CI = Boolean(process.env.CI);

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: false,
  forbidOnly: CI,
  // No retries anywhere: a test that passes only on its second try is a failing test.
  retries: 0,
  // The machine has two cores and also runs the app server.
  workers: 2,
  reporter: "list",
  // Measured on a two-core machine (docs/reliability.md): short flows take up to
  // 15 s, so 60 s gives them four times that; long ones set their own timeout
  // (test.slow() triples this one, or test.setTimeout) at more than twice theirs.
  timeout: 60_000,
  expect: { timeout: 7_500 },
  use: {
    ...devices["Desktop Chrome"],
    baseURL: process.env.BASE_URL ?? "http://127.0.0.1:3000",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    actionTimeout: 10_000,
    navigationTimeout: 15_000,
    launchOptions: {
      // Debian's Chromium when installed; otherwise Playwright's own browser.
      executablePath: existsSync(CHROMIUM) ? CHROMIUM : undefined,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    // Signs up the owner whose session e2e/.auth/owner.json holds.
    { name: "setup", testMatch: /.*\.setup\.ts/ },
    { name: "chromium", testMatch: /.*\.spec\.ts/, dependencies: ["setup"] },
  ],
});
