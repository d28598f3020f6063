"use client";

import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { FormField } from "@/components/ui/form-field";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { signInAction } from "@/server/actions/sign-in";

export function SignInForm({
  callbackUrl,
  initialError,
}: {
  callbackUrl: string;
  initialError?: string;
}) {
  const { formAction, pending, failure, values, fieldError } = useActionForm(signInAction);
  const message = failure && !failure.fields ? failure.error : failure ? undefined : initialError;
  return (
    <form action={formAction} className="grid gap-6" noValidate>
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">Sign in to Foreword</h1>
        <p className="text-sm text-muted-foreground">Pick up where your team left off.</p>
      </div>
      <FormAlert message={message} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <FormField label="Email" htmlFor="email" error={fieldError("email")}>
        <Input
          name="email"
          type="email"
          autoComplete="email"
          defaultValue={values.email}
          required
        />
      </FormField>
      <FormField label="Password" htmlFor="password" error={fieldError("password")}>
        <Input name="password" type="password" autoComplete="current-password" required />
      </FormField>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Signing in…" : "Sign in"}
      </Button>
      <p className="text-center text-sm text-muted-foreground">
        New to Foreword?{" "}
        <Link
          className="font-medium text-foreground underline underline-offset-4"
          href={`/sign-up${callbackUrl !== "/" ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ""}`}
        >
          Create an account
        </Link>
      </p>
    </form>
  );
}
