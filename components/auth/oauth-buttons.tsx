"use client";

import { Button } from "@/components/ui/button";
import { oauthSignInAction } from "@/server/actions/oauth-sign-in";

export type OAuthChoice = { id: "github" | "google"; name: string };

/** "Continue with GitHub / Google": only the providers the server has a client id and secret for. */
export function OAuthButtons({
  choices,
  callbackUrl,
}: {
  choices: readonly OAuthChoice[];
  callbackUrl: string;
}) {
  if (choices.length === 0) return null;
  return (
    <div className="grid gap-2">
      <div className="flex items-center gap-3 text-xs text-muted-foreground">
        <span className="h-px flex-1 bg-border" /> or <span className="h-px flex-1 bg-border" />
      </div>
      {choices.map((choice) => (
        <form
          key={choice.id}
          action={async (formData) => {
            await oauthSignInAction(formData);
          }}
        >
          <input type="hidden" name="provider" value={choice.id} />
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <Button type="submit" variant="outline" className="w-full">
            Continue with {choice.name}
          </Button>
        </form>
      ))}
    </div>
  );
}
