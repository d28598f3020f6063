import { composeEmail } from "./compose";
import type { Email } from "./email";

/** The email with a sign-in link, for an address that has an account. */
export function signInLinkEmail({
  to,
  url,
  expiresInMinutes,
}: {
  to: string;
  /** The absolute sign-in link. */
  url: string;
  expiresInMinutes: number;
}): Email {
  return composeEmail({
    to,
    subject: "Your Foreword sign-in link",
    heading: "Sign in to Foreword",
    blocks: [
      { kind: "paragraph", text: `Use this link to sign in as ${to}.` },
      { kind: "button", label: "Sign in", href: url },
      {
        kind: "paragraph",
        muted: true,
        text: `It works once, within ${expiresInMinutes} minutes.`,
      },
    ],
    footer: "If you didn't ask for this, ignore this email: nobody can sign in without the link.",
  });
}

/**
 * The answer to a sign-in link asked for an address with no account: the
 * form says "check your email" either way (it must not tell a stranger who
 * has an account), so the email is where the person learns they need one.
 */
export function noAccountEmail({ to, signUpUrl }: { to: string; signUpUrl: string }): Email {
  return composeEmail({
    to,
    subject: "Signing in to Foreword",
    heading: "No Foreword account uses this address",
    blocks: [
      {
        kind: "paragraph",
        text: `Someone asked for a sign-in link for ${to}, but no account uses this address. If it was you, create an account, or sign in with the address you signed up with.`,
      },
      { kind: "button", label: "Create an account", href: signUpUrl },
    ],
    footer: "If you didn't ask for this, ignore this email.",
  });
}
