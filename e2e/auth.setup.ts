import { test as setup } from "@playwright/test";
import { OWNER_STATE, signUp } from "./fixtures";

/** One signed-up owner, for specs that just need someone signed in with a workspace. */
setup("sign up the owner", async ({ page }) => {
  await signUp(page, { name: "Olivia Owner" });
  await page.context().storageState({ path: OWNER_STATE });
});
