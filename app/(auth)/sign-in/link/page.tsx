import type { Metadata } from "next";
import Link from "next/link";
import { LogInIcon } from "lucide-react";
import { Button } from "@/components/ui/button";

export const metadata: Metadata = { title: "Sign in" };

/** The one-time link's parameters, passed on to next-auth's callback unchanged. */
const PARAMS = ["token", "email", "callbackUrl"] as const;

/**
 * Where an emailed sign-in link opens. The link itself signs nobody in: mail
 * scanners and link previews open every link in an email, and would use up
 * a one-time link before its owner clicks it. Here the person presses a
 * button that those tools do not follow, which takes them to next-auth's
 * callback with the token.
 */
export default async function SignInLinkPage({ searchParams }: PageProps<"/sign-in/link">) {
  const query = await searchParams;
  const values = Object.fromEntries(
    PARAMS.map((name) => [name, typeof query[name] === "string" ? query[name] : undefined]),
  );
  if (!values.token || !values.email) {
    return (
      <div className="grid gap-4">
        <h1 className="text-2xl font-semibold tracking-tight">This link is incomplete</h1>
        <p className="text-sm text-muted-foreground">
          Open the link from the email again, or ask for a new one.
        </p>
        <Link className="text-sm font-medium underline underline-offset-4" href="/sign-in">
          Back to sign in
        </Link>
      </div>
    );
  }
  const callback = `/api/auth/callback/nodemailer?${new URLSearchParams(
    PARAMS.flatMap((name) => (values[name] ? [[name, values[name]]] : [])),
  )}`;
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-semibold tracking-tight">Sign in to Foreword</h1>
      <p className="text-sm text-muted-foreground">
        As <span className="font-medium text-foreground">{values.email}</span>. The link works once.
      </p>
      {/* A plain link, not next/link: next-auth answers with a redirect and a cookie. */}
      <Button asChild>
        <a href={callback}>
          <LogInIcon /> Sign in
        </a>
      </Button>
    </div>
  );
}
