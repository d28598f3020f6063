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
});
