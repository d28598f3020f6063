"use client";

import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { FormField } from "@/components/ui/form-field";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { renameWorkspaceAction } from "@/server/actions/rename-workspace";
import { LIMITS } from "@/lib/schemas/limits";

type Props = { workspaceId: string; name: string; canRename: boolean };

/** The workspace's name: owners change it here; everyone else reads it. */
export function WorkspaceNameForm({ workspaceId, name, canRename }: Props) {
  const router = useRouter();
  const { formAction, pending, values, fieldError, formError } = useActionForm(
    (formData: FormData) => renameWorkspaceAction(formData, workspaceId),
    (renamed) => {
      toast.success(`Workspace renamed to “${renamed.name}”.`);
      // The switcher and the page title read the name on the server.
      router.refresh();
    },
  );
  return (
    <Card>
      <CardHeader>
        <CardTitle>Workspace</CardTitle>
        <CardDescription>
          {canRename
            ? "The name everyone in it sees in the workspace switcher."
            : "Only owners can rename the workspace."}
        </CardDescription>
      </CardHeader>
      <CardContent>
        {canRename ? (
          <form action={formAction} className="grid gap-3 sm:max-w-md" noValidate>
            <FormAlert message={formError} />
            <FormField label="Name" htmlFor="workspace-name" error={fieldError("name")}>
              <Input
                name="name"
                maxLength={LIMITS.workspaceNameMax}
                defaultValue={values.name ?? name}
                autoComplete="off"
              />
            </FormField>
            <div>
              <Button type="submit" disabled={pending}>
                {pending ? "Saving…" : "Save name"}
              </Button>
            </div>
          </form>
        ) : (
          <p className="text-sm font-medium">{name}</p>
        )}
      </CardContent>
    </Card>
  );
}
