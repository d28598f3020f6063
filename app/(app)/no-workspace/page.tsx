import { Logo } from "@/components/brand/logo";
import { SignOutButton } from "@/components/app-shell/sign-out-button";
import { CreateWorkspaceButton } from "@/components/workspace/create-workspace-button";

/**
 * Someone removed from (or who left) every workspace they had: nothing to
 * show until they are invited again, or start a workspace of their own.
 */
export default function NoWorkspacePage() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col items-center justify-center gap-4 p-6 text-center">
      <Logo />
      <h1 className="text-xl font-semibold">You&rsquo;re not in any workspace</h1>
      <p className="text-sm text-muted-foreground">
        Ask a workspace owner for an invite link. It will bring you straight in. Or start a
        workspace of your own.
      </p>
      <CreateWorkspaceButton />
      <SignOutButton />
    </main>
  );
}
