"use server";

import { AuthError } from "next-auth";
import { signIn, throttledMessage } from "@/server/auth";
import { parseInput } from "@/server/errors";
import { safeCallbackUrl, ZSignInSchema } from "@/lib/schemas/auth";
import type { ActionResult } from "@/lib/action-result";
import { formInput, toActionFailure } from "./safe-action";

/** Signs in with email and password, then goes where the person was headed. */
export async function signInAction(input: unknown): Promise<ActionResult<never>> {
  try {
    const { email, password, callbackUrl } = parseInput(ZSignInSchema, formInput(input));
    await signIn("credentials", { email, password, redirectTo: safeCallbackUrl(callbackUrl) });
    throw new Error("unreachable: signIn redirects");
  } catch (error) {
    if (error instanceof AuthError) {
      // A ThrottledSignIn's code, whether the error arrives as that class or as a copy.
      const throttled = throttledMessage((error as { code?: unknown }).code);
      if (throttled) return { ok: false, status: 429, code: "THROTTLED", error: throttled };
      return {
        ok: false,
        status: 401,
        code: "INVALID_CREDENTIALS",
        error: "That email and password don't match.",
      };
    }
    return toActionFailure(error);
  }
}
