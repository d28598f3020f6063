import type { Metadata } from "next";
import Link from "next/link";
import { MailCheckIcon } from "lucide-react";
import { SIGN_IN_LINK_TTL_SECONDS } from "@/server/sign-in/prisma-auth-adapter";

export const metadata: Metadata = { title: "Check your email" };

/**
 * Where "Email me a sign-in link" lands, whether or not an account uses the
 * address: the same words either way, so the page tells nobody who has one.
 */
export default function CheckEmailPage() {
  return (
    <div className="grid gap-4">
      <MailCheckIcon className="size-8 text-muted-foreground" />
      <h1 className="text-2xl font-semibold tracking-tight">Check your email</h1>
      <p className="text-sm text-muted-foreground">
        We sent you an email. If an account uses that address, it holds a link that signs you in: it
        works once, within {SIGN_IN_LINK_TTL_SECONDS / 60} minutes. If not, it says how to create
        one.
      </p>
      <Link className="text-sm font-medium underline underline-offset-4" href="/sign-in">
        Back to sign in
      </Link>
    </div>
  );
}
