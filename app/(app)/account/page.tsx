import type { Metadata } from "next";
import Link from "next/link";
import { ArrowLeftIcon } from "lucide-react";
import { requireUser, signInLinksAvailable } from "@/server/auth";
import { getAccountSettings } from "@/server/data/user/get-account-settings";
import { Logo } from "@/components/brand/logo";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmailNotificationsToggle } from "@/components/account/email-notifications-toggle";

export const metadata: Metadata = { title: "Account" };

/** The signed-in person's own settings: how they are told about things, how they sign in. */
export default async function AccountPage() {
  const user = await requireUser();
  const settings = await getAccountSettings({ userId: user.id });
  return (
    <main className="mx-auto grid max-w-xl gap-6 px-4 py-8">
      <div className="flex items-center justify-between">
        <Logo />
        <Link
          href="/"
          className="flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground"
        >
          <ArrowLeftIcon className="size-4" /> Back to Foreword
        </Link>
      </div>
      <h1 className="text-2xl font-semibold tracking-tight">Account</h1>
      <Card>
        <CardHeader>
          <CardTitle>Notifications</CardTitle>
          <CardDescription>The bell always shows them. Email is up to you.</CardDescription>
        </CardHeader>
        <CardContent>
          <EmailNotificationsToggle initial={settings.emailNotifications} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Signing in</CardTitle>
          <CardDescription>
            {settings.name}, {settings.email}
          </CardDescription>
        </CardHeader>
        <CardContent className="grid gap-1 text-sm text-muted-foreground">
          <p>{signInWays(settings.hasPassword, signInLinksAvailable(), settings.providers)}</p>
        </CardContent>
      </Card>
    </main>
  );
}

/** "You sign in with your password, a link emailed to you or GitHub.": only the ways that work here. */
function signInWays(hasPassword: boolean, links: boolean, providers: readonly string[]): string {
  const ways = [
    ...(hasPassword ? ["your password"] : []),
    ...(links ? ["a link emailed to you"] : []),
    ...providers,
  ];
  if (ways.length === 0) return "No way to sign in is set up for this account here.";
  const last = ways.pop();
  return `You sign in with ${ways.length ? `${ways.join(", ")} or ${last}` : last}.`;
}
