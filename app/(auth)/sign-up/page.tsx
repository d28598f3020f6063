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
  return (
    <SignUpForm callbackUrl={destination} email={typeof email === "string" ? email : undefined} />
  );
}
