"use server";

import { createUser } from "@/server/data/user/create-user";
import { signIn } from "@/server/auth";
import { safeCallbackUrl } from "@/lib/schemas/auth";
import type { ActionResult } from "@/lib/action-result";
import { formInput, toActionFailure } from "./safe-action";

/** Creates an account with its own workspace and signs the person in. */
export async function signUpAction(input: unknown): Promise<ActionResult<never>> {
  const fields = formInput(input) as Record<string, unknown>;
  let destination: string;
  try {
    const { workspaceId } = await createUser({ input: fields });
    const callbackUrl = typeof fields.callbackUrl === "string" ? fields.callbackUrl : undefined;
    destination = safeCallbackUrl(callbackUrl, `/w/${workspaceId}`);
  } catch (error) {
    return toActionFailure(error);
  }
  // signIn redirects by throwing; it must run outside the try.
  await signIn("credentials", {
    email: fields.email,
    password: fields.password,
    redirectTo: destination,
  });
  throw new Error("unreachable: signIn redirects");
}
