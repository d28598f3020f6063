"use client";

import { useState } from "react";
import { CopyIcon, MailPlusIcon } from "lucide-react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { FieldError } from "@/components/ui/field-error";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { RoleSelect } from "./role-select";
import { createInviteAction } from "@/server/actions/create-invite";
import { ROLE_INFO, type Role } from "@/lib/roles";

type Created = { email: string; role: Role; url: string; delivery: "smtp" | "log" | "failed" };

/** What happened to the invite email, said above the link. */
const DELIVERY_NOTES: Record<Created["delivery"], string> = {
  smtp: "We emailed them this link. You can also send it yourself",
  log: "Email isn't set up on this server, so nothing was sent. Send this link",
  failed: "We couldn't email the invite (the mail server refused it). Send this link",
};

export function InviteForm({ workspaceId }: { workspaceId: string }) {
  const [created, setCreated] = useState<Created | undefined>();
  const { formAction, pending, values, fieldError, formError } = useActionForm(
    (formData: FormData) => createInviteAction(formData, workspaceId),
    setCreated,
  );
  const copy = async (url: string) => {
    await navigator.clipboard.writeText(url).then(
      () => toast.success("Invite link copied"),
      () => toast.error("Copy failed; select the link and copy it yourself."),
    );
  };
  return (
    <Card>
      <CardHeader>
        <CardTitle>Invite someone</CardTitle>
        <CardDescription>
          We email them a link to join with the role you choose. Links work for 7 days.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <form action={formAction} className="flex flex-wrap items-start gap-3" noValidate>
          <div className="grid min-w-0 flex-1 basis-56 gap-2">
            <Label htmlFor="invite-email">Email</Label>
            <Input
              id="invite-email"
              name="email"
              type="email"
              placeholder="teammate@company.com"
              defaultValue={values.email}
              aria-invalid={Boolean(fieldError("email")) || undefined}
              aria-describedby={fieldError("email") ? "invite-email-error" : undefined}
            />
            <FieldError id="invite-email-error">{fieldError("email")}</FieldError>
          </div>
          <div className="grid gap-2">
            <Label htmlFor="invite-role">Role</Label>
            <RoleSelect
              id="invite-role"
              name="role"
              defaultValue={(values.role as Role) ?? "EDITOR"}
            />
            <FieldError id="invite-role-error">{fieldError("role")}</FieldError>
          </div>
          <Button type="submit" disabled={pending} className="mt-[1.375rem]">
            <MailPlusIcon /> {pending ? "Inviting…" : "Send invite"}
          </Button>
        </form>
        <FormAlert message={formError} />
        {created ? (
          <div className="grid gap-2 rounded-md border bg-muted/40 p-3" data-testid="invite-link">
            <p className="text-sm" role="status">
              {DELIVERY_NOTES[created.delivery]} to <strong>{created.email}</strong> to join as{" "}
              {ROLE_INFO[created.role].label.toLowerCase()}:
            </p>
            <div className="flex gap-2">
              <Input
                readOnly
                value={created.url}
                aria-label="Invite link"
                onFocus={(event) => event.target.select()}
              />
              <Button type="button" variant="outline" onClick={() => void copy(created.url)}>
                <CopyIcon /> Copy
              </Button>
            </div>
          </div>
        ) : null}
      </CardContent>
    </Card>
  );
}
