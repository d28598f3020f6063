"use server";

import { signIn } from "@/server/auth";
import { parseInput } from "@/server/errors";
import { safeCallbackUrl, ZOAuthSignInSchema } from "@/lib/schemas/auth";
import type { ActionResult } from "@/lib/action-result";
import { formInput, toActionFailure } from "./safe-action";

/** Starts GitHub or Google sign-in (redirects to the provider), then returns where the person was headed. */
export async function oauthSignInAction(input: unknown): Promise<ActionResult<never>> {
  try {
    const { provider, callbackUrl } = parseInput(ZOAuthSignInSchema, formInput(input));
    await signIn(provider, { redirectTo: safeCallbackUrl(callbackUrl) });
    throw new Error("unreachable: signIn redirects");
  } catch (error) {
    return toActionFailure(error);
  }
}
