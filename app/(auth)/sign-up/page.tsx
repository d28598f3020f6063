import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { getCurrentUser } from "@/server/auth";
import { safeCallbackUrl } from "@/lib/schemas/auth";

export const metadata: Metadata = { title: "Create your account" };

export default async function SignUpPage({ searchParams }: PageProps<"/sign-up">) {
  const { callbackUrl, email } = await searchParams;
  const destination = typeof callbackUrl === "string" ? safeCallbackUrl(callbackUrl) : undefined;
  if (await getCurrentUser()) redirect(destination ?? "/");
  // Signing up on the way to an invite: createUser then makes no workspace of one's own.
  const invite = destination ? /^\/invite\/([A-Za-z0-9_-]{43})$/.exec(destination)?.[1] : undefined;
  return (
    <SignUpForm
      callbackUrl={destination}
      email={typeof email === "string" ? email : undefined}
      invite={invite}
    />
  );
}
