import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentUser } from "@/server/auth";
import { getInviteByToken } from "@/server/data/invite/get-invite";
import { Logo } from "@/components/brand/logo";
import { Button } from "@/components/ui/button";
import { SignOutButton } from "@/components/app-shell/sign-out-button";
import {
  Card,
  CardContent,
  CardDescription,
  CardFooter,
  CardHeader,
  CardTitle,
} from "@/components/ui/card";
import { AcceptInviteButton } from "@/components/workspace/accept-invite-button";
import { ROLE_INFO } from "@/lib/roles";

export const metadata: Metadata = { title: "Join a workspace" };

const UNUSABLE = {
  ACCEPTED: "This invite has already been used.",
  EXPIRED: "This invite has expired. Ask whoever sent it for a new one.",
  REVOKED: "This invite was withdrawn. Ask whoever sent it for a new one.",
} as const;

/** Where an invite link lands: explains the invite, then joins, signs in or signs up. */
export default async function InvitePage({ params }: PageProps<"/invite/[token]">) {
  const { token } = await params;
  const [invite, user] = await Promise.all([getInviteByToken({ token }), getCurrentUser()]);
  const here = `/invite/${token}`;

  let body: React.ReactNode;
  if (!invite) {
    body = (
      <p className="text-sm text-muted-foreground">
        This invite link is not valid. Check that you copied all of it.
      </p>
    );
  } else if (invite.status !== "PENDING") {
    body = <p className="text-sm text-muted-foreground">{UNUSABLE[invite.status]}</p>;
  } else if (!user) {
    body = (
      <div className="grid gap-2">
        <Button asChild>
          <Link
            href={`/sign-up?callbackUrl=${encodeURIComponent(here)}&email=${encodeURIComponent(invite.email)}`}
          >
            Create an account
          </Link>
        </Button>
        <Button asChild variant="outline">
          <Link href={`/sign-in?callbackUrl=${encodeURIComponent(here)}`}>
            I already have an account
          </Link>
        </Button>
      </div>
    );
  } else if (user.email !== invite.email) {
    body = (
      <div className="grid gap-3">
        <p className="text-sm text-muted-foreground" role="alert">
          This invite is for <strong>{invite.email}</strong>, but you are signed in as{" "}
          <strong>{user.email}</strong>. Sign out, then sign in or create an account with the
          invited address; you come back here.
        </p>
        <SignOutButton callbackUrl={here} />
      </div>
    );
  } else {
    body = <AcceptInviteButton token={token} />;
  }

  return (
    <main className="flex min-h-dvh flex-col items-center justify-center gap-6 bg-muted/30 p-6">
      <Logo />
      <Card className="w-full max-w-md">
        <CardHeader>
          <CardTitle>{invite ? `Join ${invite.workspace.name}` : "Invite not found"}</CardTitle>
          {invite ? (
            <CardDescription>
              {invite.invitedBy.name} invited {invite.email} as{" "}
              {ROLE_INFO[invite.role].label.toLowerCase()}:{" "}
              {ROLE_INFO[invite.role].description.toLowerCase()}.
            </CardDescription>
          ) : null}
        </CardHeader>
        <CardContent>{body}</CardContent>
        {user ? (
          <CardFooter className="text-xs text-muted-foreground">
            Signed in as {user.email}
          </CardFooter>
        ) : null}
      </Card>
    </main>
  );
}
