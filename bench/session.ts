/**
 * A signed-in session for benchmarks that fetch pages as a member: signs in
 * once through the form in Chromium (as a person would, so the cookie is
 * the real one) and returns the Cookie header to send.
 */
import { chromium } from "@playwright/test";
import { CHROMIUM, CHROMIUM_ARGS } from "@/scripts/ensure-browser.mjs";

export async function sessionCookie(
  baseUrl: string,
  { email, password }: { email: string; password: string },
): Promise<{ cookie: string }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/w\/[^/]+/);
    const cookie = (await context.cookies())
      .map((entry) => `${entry.name}=${entry.value}`)
      .join("; ");
    return { cookie };
  } finally {
    await browser.close();
  }
}
