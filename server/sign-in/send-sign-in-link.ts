import "server-only";
import { CredentialsSignin } from "next-auth";
import { db } from "@/server/db";
import { clientIp } from "@/server/client-ip";
import { admitSignInLink } from "@/server/data/sign-in-link/admit-sign-in-link";
import { noAccountEmail, signInLinkEmail } from "@/lib/mail/sign-in-email";
import { sendMail } from "@/server/mail/send-mail";
import { appLink } from "@/server/mail/app-link";
import { SIGN_IN_LINK_TTL_SECONDS } from "./prisma-auth-adapter";

/**
 * Too many links asked for. A CredentialsSignin because that is the error
 * whose `code` next-auth carries to the sign-in page (`?code=link-throttled`),
 * so a form posted straight to next-auth says why too; the server action
 * gets this very error and says so itself.
 */
export class SignInLinkThrottled extends CredentialsSignin {
  override code = "link-throttled";
}

export type SendSignInLinkOptions = {
  /** The normalised email (next-auth lower-cases and checks it). */
  identifier: string;
  /** next-auth's callback link with the token; sent on APP_URL's origin. */
  url: string;
  /** The request asking for it, for the client's address. */
  request: Request;
};

/**
 * next-auth's sendVerificationRequest for "Email me a sign-in link": counts
 * the request against the limits, then emails the link to an address with an
 * account, and to any other address an email saying no account uses it. The
 * page says "check your email" either way, so asking reveals nothing about
 * who has an account; the owner of the address learns what they need.
 */
export async function sendSignInLink({ identifier, url, request }: SendSignInLinkOptions) {
  const admitted = await admitSignInLink({ email: identifier, ip: clientIp(request.headers) });
  if (!admitted.ok) throw new SignInLinkThrottled(`Too many sign-in links (${admitted.limit}).`);
  const user = await db().user.findUnique({ where: { email: identifier }, select: { id: true } });
  const link = new URL(url);
  await sendMail(
    user
      ? signInLinkEmail({
          to: identifier,
          // Through a page with a button: mail scanners open links, not forms.
          url: appLink(`/sign-in/link${link.search}`),
          expiresInMinutes: SIGN_IN_LINK_TTL_SECONDS / 60,
        })
      : noAccountEmail({ to: identifier, signUpUrl: appLink("/sign-up") }),
  );
}
