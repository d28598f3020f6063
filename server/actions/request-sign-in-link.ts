"use server";

import { AuthError } from "next-auth";
import { signIn, throttledMessage } from "@/server/auth";
import { SignInLinkThrottled } from "@/server/sign-in/send-sign-in-link";
import { parseInput } from "@/server/errors";
import { safeCallbackUrl, ZSignInLinkSchema } from "@/lib/schemas/auth";
import type { ActionResult } from "@/lib/action-result";
import { formInput, toActionFailure } from "./safe-action";

/**
 * "Email me a sign-in link": next-auth's email provider stores the hashed
 * token and calls sendSignInLink, then this goes to "check your email",
 * whether or not an account uses the address.
 */
export async function requestSignInLinkAction(input: unknown): Promise<ActionResult<never>> {
  try {
    const { email, callbackUrl } = parseInput(ZSignInLinkSchema, formInput(input));
    await signIn("nodemailer", { email, redirectTo: safeCallbackUrl(callbackUrl) });
    throw new Error("unreachable: signIn redirects");
  } catch (error) {
    if (error instanceof AuthError) {
      return error instanceof SignInLinkThrottled
        ? {
            ok: false,
            status: 429,
            code: "THROTTLED",
            error: throttledMessage(error.code) ?? "Too many sign-in links were asked for.",
          }
        : {
            ok: false,
            status: 503,
            code: "LINK_NOT_SENT",
            error: "We couldn't send the link just now. Try again in a moment.",
          };
    }
    return toActionFailure(error); // rethrows signIn's redirect
  }
}
