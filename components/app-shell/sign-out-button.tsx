import { LogOutIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { signOutAction } from "@/server/actions/sign-out";

export function SignOutButton() {
  return (
    <form action={signOutAction}>
      <Button type="submit" variant="outline" size="sm">
        <LogOutIcon /> Sign out
      </Button>
    </form>
  );
}
