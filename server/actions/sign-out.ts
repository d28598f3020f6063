"use server";

import { signOut } from "@/server/auth";
import { safeCallbackUrl } from "@/lib/schemas/auth";

/**
 * Ends the session and returns to the sign-in page; with a `callbackUrl`
 * field (a same-site path), signing in again returns there: an invite for
 * another address, say.
 */
export async function signOutAction(input?: unknown) {
  const field = input instanceof FormData ? input.get("callbackUrl") : undefined;
  const back = safeCallbackUrl(typeof field === "string" ? field : undefined, "");
  await signOut({
    redirectTo: back ? `/sign-in?callbackUrl=${encodeURIComponent(back)}` : "/sign-in",
  });
}
