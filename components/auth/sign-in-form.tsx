"use client";

import { useState } from "react";
import Link from "next/link";
import { MailIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { FormField } from "@/components/ui/form-field";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { signInAction } from "@/server/actions/sign-in";
import { requestSignInLinkAction } from "@/server/actions/request-sign-in-link";
import { OAuthButtons, type OAuthChoice } from "./oauth-buttons";

/**
 * Email and password, or "Email me a sign-in link" for the same address
 * (a second submit button, so both use the one email field), and GitHub /
 * Google when the server has them configured.
 */
export function SignInForm({
  callbackUrl,
  initialError,
  linkAvailable,
  oauth,
}: {
  callbackUrl: string;
  initialError?: string;
  /** Whether the server can email sign-in links. */
  linkAvailable: boolean;
  /** The configured OAuth providers; none, no buttons. */
  oauth: readonly OAuthChoice[];
}) {
  const password = useActionForm(signInAction);
  const link = useActionForm(requestSignInLinkAction);
  const [used, setUsed] = useState<"password" | "link">("password");
  const current = used === "link" ? link : password;
  const failure = current.failure;
  const message = failure && !failure.fields ? failure.error : failure ? undefined : initialError;
  const pending = password.pending || link.pending;
  return (
    <div className="grid gap-6">
      <form action={password.formAction} className="grid gap-6" noValidate>
        <div className="grid gap-1">
          <h1 className="text-2xl font-semibold tracking-tight">Sign in to Foreword</h1>
          <p className="text-sm text-muted-foreground">Pick up where your team left off.</p>
        </div>
        <FormAlert message={message} />
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <FormField label="Email" htmlFor="email" error={current.fieldError("email")}>
          <Input
            name="email"
            type="email"
            autoComplete="email"
            defaultValue={current.values.email}
            required
          />
        </FormField>
        <FormField label="Password" htmlFor="password" error={password.fieldError("password")}>
          <Input name="password" type="password" autoComplete="current-password" />
        </FormField>
        <div className="grid gap-2">
          <Button
            type="submit"
            disabled={pending}
            className="w-full"
            onClick={() => setUsed("password")}
          >
            {password.pending ? "Signing in…" : "Sign in"}
          </Button>
          {linkAvailable ? (
            <Button
              type="submit"
              variant="outline"
              className="w-full"
              disabled={pending}
              formAction={link.formAction}
              onClick={() => setUsed("link")}
            >
              <MailIcon /> {link.pending ? "Sending a link…" : "Email me a sign-in link"}
            </Button>
          ) : null}
        </div>
      </form>
      <OAuthButtons choices={oauth} callbackUrl={callbackUrl} />
      <p className="text-center text-sm text-muted-foreground">
        New to Foreword?{" "}
        <Link
          className="font-medium text-foreground underline underline-offset-4"
          href={`/sign-up${callbackUrl !== "/" ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ""}`}
        >
          Create an account
        </Link>
      </p>
    </div>
  );
}
