import { expect, signUp, test } from "./fixtures";
import { linkIn, waitForMail } from "./fixtures/mail";

/** Sign-in redirects through next-auth and the app: generous headroom on a loaded two-core machine. */
const FLOW_TIMEOUT = 20_000;

test.describe("emailed sign-in links", () => {
  test("sign in with a link from the email, which then works no more", async ({ newPage }) => {
    const first = await newPage();
    const user = await signUp(first, { name: "Lina Link" });

    const page = await newPage();
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(user.email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible({
      timeout: FLOW_TIMEOUT,
    });

    const mail = await waitForMail(user.email);
    expect(mail.subject).toBe("Your Foreword sign-in link");
    const link = linkIn(mail, /https?:\/\/\S+\/sign-in\/link\?\S+/);
    // Opening the link (as a mail scanner would) signs nobody in and uses nothing up.
    const scanner = await newPage();
    await scanner.goto(link);
    await expect(scanner.getByText(`As ${user.email}.`)).toBeVisible();
    await page.goto(link);
    await page.getByRole("link", { name: "Sign in" }).click();
    await page.waitForURL(`**/w/${user.workspaceId}`, { timeout: FLOW_TIMEOUT });
    await expect(page.getByRole("heading", { name: "Initiatives", level: 1 })).toBeVisible();

    const again = await newPage();
    await again.goto(link);
    await again.getByRole("link", { name: "Sign in" }).click();
    await expect(
      again
        .getByRole("alert")
        .filter({ hasText: "That sign-in link has expired or was already used" }),
    ).toBeVisible();
  });

  test("an address with no account gets the same answer, and an email saying so", async ({
    newPage,
  }) => {
    const page = await newPage();
    const email = `nobody.${Date.now()}@example.com`;
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible({
      timeout: FLOW_TIMEOUT,
    });
    const mail = await waitForMail(email);
    expect(mail.text).toContain("no account uses this address");
  });
});
