import { LogOutIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { signOutAction } from "@/server/actions/sign-out";

/** Signs out; with `callbackUrl`, signing in again returns there. */
export function SignOutButton({ callbackUrl }: { callbackUrl?: string }) {
  return (
    <form action={signOutAction}>
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <Button type="submit" variant="outline" size="sm">
        <LogOutIcon /> Sign out
      </Button>
    </form>
  );
}
