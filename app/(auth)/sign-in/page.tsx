import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCurrentUser, signInLinksAvailable, throttledMessage } from "@/server/auth";
import { oauthChoices } from "@/server/sign-in/oauth-providers";
import { safeCallbackUrl } from "@/lib/schemas/auth";

export const metadata: Metadata = { title: "Sign in" };

/** What next-auth's error codes in the URL mean to the person who lands here. */
const ERRORS: Record<string, string> = {
  CredentialsSignin: "That email and password don't match.",
  Verification: "That sign-in link has expired or was already used. Ask for a new one below.",
  EmailSignin: "We couldn't send a sign-in link just now. Try again in a moment.",
  UnverifiedEmail:
    "That account has no verified email address. Verify one with the provider, or sign in another way.",
  OAuthAccountNotLinked: "Sign in the way you did before, then try again.",
  AccessDenied: "That sign-in was refused.",
};

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const { callbackUrl, error, code } = await searchParams;
  const destination = safeCallbackUrl(typeof callbackUrl === "string" ? callbackUrl : undefined);
  if (await getCurrentUser()) redirect(destination);
  const message =
    throttledMessage(code) ??
    (typeof error === "string"
      ? (ERRORS[error] ?? "Signing in didn't work. Please try again.")
      : undefined);
  return (
    <SignInForm
      callbackUrl={destination}
      initialError={message}
      linkAvailable={signInLinksAvailable()}
      oauth={oauthChoices()}
    />
  );
}
