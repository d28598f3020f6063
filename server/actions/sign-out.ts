"use server";

import { signOut } from "@/server/auth";
import { safeCallbackUrl } from "@/lib/schemas/auth";

/**
 * Ends the session and returns to the sign-in page; with a `callbackUrl`
 * field (a same-site path), signing in again returns there: an invite for
 * another address, say. This is the form's action, so it works without
 * JavaScript.
 */
export async function signOutAction(input?: unknown) {
  const field = input instanceof FormData ? input.get("callbackUrl") : undefined;
  const back = safeCallbackUrl(typeof field === "string" ? field : undefined, "");
  await signOut({
    redirectTo: back ? `/sign-in?callbackUrl=${encodeURIComponent(back)}` : "/sign-in",
  });
}

/**
 * Ends the session without redirecting, for the account menu: the browser
 * then loads the sign-in page as a new document, which drops the client
 * router's cache of the signed-in pages (Back must not show a workspace after
 * signing out on a shared computer).
 */
export async function endSessionAction(): Promise<void> {
  await signOut({ redirect: false });
}
