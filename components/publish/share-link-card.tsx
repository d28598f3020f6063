"use client";

import { useState, useTransition } from "react";
import { toast } from "sonner";
import { CopyIcon, LinkIcon, RefreshCwIcon, Link2OffIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { createShareLinkAction } from "@/server/actions/create-share-link";
import { revokeShareLinkAction } from "@/server/actions/revoke-share-link";
import { ConfirmButton } from "@/components/ui/confirm-button";

type Props = {
  initiativeId: string;
  /** APP_URL's origin: the link is sent to people outside the app. */
  appOrigin: string;
  /** The live link's path (/s/<token>), or null when there is none. */
  livePath: string | null;
};

/**
 * An owner's secret link to the latest published version, for people outside
 * the workspace: create it, copy it, replace it or revoke it. Replacing and
 * revoking ask first, since whoever holds the old link loses access.
 */
export function ShareLinkCard({ initiativeId, appOrigin, livePath }: Props) {
  const [path, setPath] = useState(livePath);
  const [pending, startTransition] = useTransition();
  const url = path ? `${appOrigin}${path}` : null;

  const create = (replacing: boolean) =>
    startTransition(async () => {
      const result = await createShareLinkAction({}, initiativeId);
      if (!result.ok) {
        toast.error(result.error);
        return;
      }
      setPath(result.data.path);
      toast.success(
        replacing ? "New link made. The old one no longer works." : "Share link created",
      );
    });
  const revoke = () =>
    startTransition(async () => {
      const result = await revokeShareLinkAction({}, initiativeId);
      if (!result.ok) {
        toast.error(result.error);
        return;
      }
      setPath(null);
      toast.success("Share link revoked: whoever opens it is told so.");
    });
  const copy = async (text: string) => {
    await navigator.clipboard.writeText(text).then(
      () => toast.success("Link copied"),
      () => toast.error("Copy failed; select the link and copy it yourself."),
    );
  };

  return (
    <Card className="gap-4 py-5">
      <CardHeader className="px-5">
        <CardTitle>Share link</CardTitle>
        <CardDescription>
          Anyone with the link can read the latest published version, not drafts. No sign-in needed.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-3 px-5">
        {url ? (
          <>
            <div className="flex gap-2">
              <Input
                readOnly
                value={url}
                aria-label="Share link"
                onFocus={(event) => event.target.select()}
              />
              <Button
                type="button"
                variant="outline"
                onClick={() => void copy(url)}
                aria-label="Copy share link"
              >
                <CopyIcon /> Copy
              </Button>
            </div>
            <div className="flex flex-wrap gap-2">
              <ConfirmButton
                title="Make a new link?"
                description="The current link stops working at once: anyone who has it sees that it was revoked. Send the new one to the people who should keep reading."
                confirm="Make a new link"
                disabled={pending}
                onConfirm={() => create(true)}
              >
                <RefreshCwIcon /> New link
              </ConfirmButton>
              <ConfirmButton
                title="Revoke the share link?"
                description="Anyone who opens it sees that it was revoked. Workspace members still read the published versions in the app."
                confirm="Revoke link"
                destructive
                disabled={pending}
                onConfirm={revoke}
              >
                <Link2OffIcon /> Revoke
              </ConfirmButton>
            </div>
          </>
        ) : (
          <Button variant="outline" disabled={pending} onClick={() => create(false)}>
            <LinkIcon /> {pending ? "Creating…" : "Create share link"}
          </Button>
        )}
      </CardContent>
    </Card>
  );
}
