"use client";

import { useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { acceptInviteAction } from "@/server/actions/accept-invite";

export function AcceptInviteButton({ token }: { token: string }) {
  const [pending, startTransition] = useTransition();
  const accept = () =>
    startTransition(async () => {
      const result = await acceptInviteAction({}, token);
      // On success the action redirects into the workspace; we only get here on a refusal.
      if (!result.ok) toast.error(result.error);
    });
  return (
    <Button className="w-full" disabled={pending} onClick={accept}>
      {pending ? "Joining…" : "Accept invite"}
    </Button>
  );
}
