"use server";

import { AuthError } from "next-auth";
import { signIn, ThrottledSignIn } from "@/server/auth";
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
      if (error instanceof ThrottledSignIn || (error as { code?: string }).code === "throttled") {
        return {
          ok: false,
          status: 429,
          code: "THROTTLED",
          error: "Too many failed attempts. Wait 15 minutes, then try again.",
        };
      }
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
