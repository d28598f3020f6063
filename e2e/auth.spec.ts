import type { APIResponse } from "@playwright/test";
import {
  createInitiative,
  expect,
  newUser,
  signUp,
  submitSignIn,
  submitSignUp,
  test,
} from "./fixtures";

test.describe("accounts", () => {
  test("sign up, sign out and sign in again", async ({ page }) => {
    const user = await signUp(page, { name: "Ada Lovelace" });
    await expect(page.getByRole("button", { name: "Switch workspace" })).toContainText(
      "Ada Lovelace's workspace",
    );
    await expect(page.getByText("No initiatives yet")).toBeVisible();

    await page.getByRole("button", { name: "Account" }).click();
    await page.getByRole("menuitem", { name: "Sign out" }).click();
    await page.waitForURL(/\/sign-in/);
    await expect(page.getByRole("heading", { name: "Sign in to Foreword" })).toBeVisible();

    // Signed out: the workspace is out of reach.
    await page.goto(`/w/${user.workspaceId}`);
    await expect(page).toHaveURL(/\/sign-in/);

    await submitSignIn(page, user);
    await page.waitForURL(`**/w/${user.workspaceId}`);
    await expect(page.getByRole("heading", { name: "Initiatives", level: 1 })).toBeVisible();
  });

  test("only a page load renews the session cookie: nothing still on its way can undo signing out", async ({
    page,
  }) => {
    const user = await signUp(page);
    const renews = (response: APIResponse) =>
      response
        .headersArray()
        .some(
          ({ name, value }) =>
            name.toLowerCase() === "set-cookie" && /^authjs\.session-token=[^;]/.test(value),
        );
    const workspace = `/w/${user.workspaceId}`;
    const opened = { accept: "text/html,application/xhtml+xml" };
    expect(renews(await page.request.get(workspace, { headers: opened }))).toBe(true);
    // A prefetch or a client navigation's payload, and an API call, do not.
    const payload = { rsc: "1", accept: "*/*" };
    expect(renews(await page.request.get(workspace, { headers: payload }))).toBe(false);
    expect(renews(await page.request.get("/api/notifications"))).toBe(false);
    // Still signed in after them: they renew nothing, they delete nothing.
    await page.goto(workspace);
    await expect(page.getByRole("heading", { name: "Initiatives", level: 1 })).toBeVisible();
  });

  test("a wrong password is refused with a clear message", async ({ newPage }) => {
    const user = await signUp(await newPage(), { name: "Grace Hopper" });
    const page = await newPage();
    await page.goto("/sign-in");
    await submitSignIn(page, { email: user.email, password: "not the password" });
    await expect(
      page.getByRole("alert").filter({ hasText: "That email and password don't match." }),
    ).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in/);
    // What was typed in the email field is kept.
    await expect(page.getByLabel("Email")).toHaveValue(user.email);
  });

  test("sign-up explains what is wrong with each field", async ({ page }) => {
    const user = newUser("Katherine Johnson");
    await page.goto("/sign-up");
    await submitSignUp(page, { ...user, email: "not-an-email" });
    await expect(page.getByLabel("Work email")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Enter a valid email address")).toBeVisible();
    await expect(page.getByLabel("Name", { exact: true })).toHaveValue(user.name);

    await submitSignUp(page, { ...user, password: "short" });
    await expect(page.getByText("Use at least 8 characters")).toBeVisible();
    await expect(page.getByLabel("Password", { exact: true })).toHaveAttribute(
      "aria-invalid",
      "true",
    );
    await expect(page.getByText("Enter a valid email address")).toHaveCount(0);
    await expect(page).toHaveURL(/\/sign-up/);
  });

  test("signing in from a deep link returns to it", async ({ page: owner, newPage }) => {
    const user = await signUp(owner, { name: "Margaret Hamilton" });
    const initiative = await createInitiative(owner);
    const target = `${initiative.path}/press-release`;
    const page = await newPage();

    await page.goto(target);
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
    await submitSignIn(page, user);
    await page.waitForURL(`**${target}`);
    await expect(page.getByRole("heading", { name: initiative.title, level: 1 })).toBeVisible();
  });

  // A browser drops tabs and newlines from a URL, so "/\t/evil.example" is
  // //evil.example, another site; a newline or U+3000 in a Location header
  // made the server answer 500 after signing the person in.
  test("a callback URL that would leave the site is not followed", async ({
    page: owner,
    newPage,
    baseURL,
  }) => {
    const user = await signUp(owner, { name: "Hedy Lamarr" });
    const origin = new URL(baseURL ?? "").origin;
    for (const callbackUrl of ["%2F%09%2Fevil.example", "%2F%0A%2Fevil.example", "%2F%E3%80%80"]) {
      const page = await newPage();
      // Should the app send the browser off-site, this answers instead of the network.
      await page.context().route(
        (url) => url.hostname === "evil.example",
        (route) => route.fulfill({ body: "off-site", contentType: "text/plain" }),
      );
      const errors: number[] = [];
      page.on("response", (response) => {
        if (response.status() >= 500) errors.push(response.status());
      });

      await page.goto(`/sign-in?callbackUrl=${callbackUrl}`);
      await submitSignIn(page, user);
      await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
      expect(new URL(page.url()).origin).toBe(origin);
      if (callbackUrl.includes("evil")) await page.waitForURL(`**/w/${user.workspaceId}`);

      // Signed in already, the sign-in page redirects at once, the same way.
      await page.goto(`/sign-in?callbackUrl=${callbackUrl}`);
      expect(new URL(page.url()).origin).toBe(origin);
      expect(new URL(page.url()).pathname).not.toBe("/sign-in");
      expect(errors).toEqual([]);
    }
  });
});
