"use client";

import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { FormField } from "@/components/ui/form-field";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { signUpAction } from "@/server/actions/sign-up";
import { LIMITS } from "@/lib/schemas/limits";

export function SignUpForm({
  callbackUrl,
  email,
  invite,
}: {
  callbackUrl?: string;
  email?: string;
  /** The invite link's token, when signing up to accept an invite. */
  invite?: string;
}) {
  const { formAction, pending, values, fieldError, formError } = useActionForm(signUpAction);
  const signInHref = `/sign-in${callbackUrl ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ""}`;
  return (
    <form action={formAction} className="grid gap-6" noValidate>
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">Create your account</h1>
        <p className="text-sm text-muted-foreground">
          {invite
            ? "Then accept the invite to join your team's workspace."
            : "You get a workspace of your own; invite your team when you are ready."}
        </p>
      </div>
      <FormAlert message={formError} />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      {invite ? <input type="hidden" name="invite" value={invite} /> : null}
      <FormField label="Name" htmlFor="name" error={fieldError("name")}>
        <Input
          name="name"
          autoComplete="name"
          maxLength={LIMITS.nameMax}
          defaultValue={values.name}
          required
        />
      </FormField>
      <FormField
        label="Work email"
        htmlFor="email"
        error={fieldError("email")}
        hint={invite && email ? "The invite is for this address." : undefined}
      >
        {/* An invite is for one address: another would make an account the invite cannot join. */}
        <Input
          name="email"
          type="email"
          autoComplete="email"
          defaultValue={invite && email ? email : (values.email ?? email)}
          readOnly={Boolean(invite && email)}
          required
        />
      </FormField>
      <FormField
        label="Password"
        htmlFor="password"
        error={fieldError("password")}
        hint={`At least ${LIMITS.passwordMin} characters.`}
      >
        <Input name="password" type="password" autoComplete="new-password" required />
      </FormField>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Creating your account…" : "Create account"}
      </Button>
      <p className="text-center text-sm text-muted-foreground">
        Already have an account?{" "}
        <Link
          className="font-medium text-foreground underline underline-offset-4"
          href={signInHref}
        >
          Sign in
        </Link>
      </p>
    </form>
  );
}
