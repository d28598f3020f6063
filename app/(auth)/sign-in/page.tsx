import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCurrentUser, throttledMessage } from "@/server/auth";
import { safeCallbackUrl } from "@/lib/schemas/auth";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const { callbackUrl, error, code } = await searchParams;
  const destination = safeCallbackUrl(typeof callbackUrl === "string" ? callbackUrl : undefined);
  if (await getCurrentUser()) redirect(destination);
  const throttled = throttledMessage(code);
  return (
    <SignInForm
      callbackUrl={destination}
      initialError={
        throttled ? throttled : error ? "That email and password don't match." : undefined
      }
    />
  );
}
