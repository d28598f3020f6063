import { test as setup } from "@playwright/test";
import { OWNER_STATE, setRequiredApprovals, signUp } from "./fixtures";

/**
 * One signed-up owner, for specs that just need someone signed in with a
 * workspace. It requires no approvals, so those specs complete stages
 * straight from drafting; review.spec.ts goes through review.
 */
setup("sign up the owner", async ({ page }) => {
  await signUp(page, { name: "Olivia Owner" });
  await setRequiredApprovals(page, 0);
  await page.context().storageState({ path: OWNER_STATE });
});
