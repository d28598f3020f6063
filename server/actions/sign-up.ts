"use server";

import { AuthError } from "next-auth";
import { createUser } from "@/server/data/user/create-user";
import { signIn } from "@/server/auth";
import { safeCallbackUrl } from "@/lib/schemas/auth";
import type { ActionResult } from "@/lib/action-result";
import { formInput, toActionFailure } from "./safe-action";

/** Creates an account (with its own workspace unless joining by invite) and signs the person in. */
export async function signUpAction(input: unknown): Promise<ActionResult<never>> {
  const fields = formInput(input) as Record<string, unknown>;
  let destination: string;
  try {
    const { workspaceId } = await createUser({ input: fields });
    const callbackUrl = typeof fields.callbackUrl === "string" ? fields.callbackUrl : undefined;
    destination = safeCallbackUrl(callbackUrl, workspaceId ? `/w/${workspaceId}` : "/");
  } catch (error) {
    return toActionFailure(error);
  }
  try {
    await signIn("credentials", {
      email: fields.email,
      password: fields.password,
      redirectTo: destination,
    });
  } catch (error) {
    // The account exists now; only signing in was refused (this address is throttled).
    if (error instanceof AuthError) {
      return {
        ok: false,
        status: 429,
        code: "THROTTLED",
        error:
          "Your account is ready, but too many failed sign-ins came from your network. Sign in in a few minutes.",
      };
    }
    return toActionFailure(error); // rethrows signIn's redirect
  }
  throw new Error("unreachable: signIn redirects");
}
