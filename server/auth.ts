import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import Nodemailer from "next-auth/providers/nodemailer";
import { cache } from "react";
import { redirect } from "next/navigation";
import { authConfig, secureCookies } from "@/auth.config";
import { db } from "@/server/db";
import { unauthorized } from "@/server/errors";
import { type SignInLimit, verifyCredentials } from "@/server/data/user/verify-credentials";
import { clientIp } from "@/server/client-ip";
import { env } from "@/lib/env";
import { safeCallbackUrl } from "@/lib/schemas/auth";
import { prismaAuthAdapter, SIGN_IN_LINK_TTL_SECONDS } from "@/server/sign-in/prisma-auth-adapter";
import { sendSignInLink } from "@/server/sign-in/send-sign-in-link";
import { oauthProviders, verifiedOAuthEmail } from "@/server/sign-in/oauth-providers";

const THROTTLED_MESSAGES = {
  throttled: "Too many failed attempts. Wait 15 minutes, then try again.",
  "throttled-account":
    "Too many failed attempts on this account from several places. Try again in a few hours.",
  "link-throttled": "Too many sign-in links were asked for. Wait 15 minutes, then try again.",
} as const;

/**
 * Too many failed attempts: the sign-in form says so instead of "wrong
 * password". The code travels in the sign-in redirect, so it says which wait
 * applies: 15 minutes for the per-address limits, up to a day for the account's.
 */
export class ThrottledSignIn extends CredentialsSignin {
  constructor(limit: SignInLimit) {
    super();
    this.code = limit === "ACCOUNT" ? "throttled-account" : "throttled";
  }
}

/** The sign-in form's message for a ThrottledSignIn code; undefined for any other code. */
export function throttledMessage(code: unknown): string | undefined {
  return typeof code === "string" && Object.hasOwn(THROTTLED_MESSAGES, code)
    ? THROTTLED_MESSAGES[code as keyof typeof THROTTLED_MESSAGES]
    : undefined;
}

/** The path of a callback URL on APP_URL's origin (or already a path); "/" for anywhere else. */
function sameSitePath(url: string): string {
  if (url.startsWith("/")) return url;
  try {
    const parsed = new URL(url);
    return parsed.origin === new URL(env().APP_URL).origin
      ? `${parsed.pathname}${parsed.search}${parsed.hash}`
      : "/";
  } catch {
    return "/";
  }
}

/**
 * Whether "Email me a sign-in link" is offered: when mail can reach people
 * (SMTP_URL), or in development, where the link is read from the log.
 */
export function signInLinksAvailable(): boolean {
  const { SMTP_URL, NODE_ENV } = env();
  return Boolean(SMTP_URL) || NODE_ENV === "development";
}

// next-auth's lazy form: the config is read per request (see secureCookies).
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  ...authConfig,
  useSecureCookies: secureCookies(),
  // Sessions stay JWTs (authConfig); the adapter stores users, linked accounts and link tokens.
  adapter: prismaAuthAdapter(),
  callbacks: {
    ...authConfig.callbacks,
    /**
     * Where to go after signing in: a path on this site (safeCallbackUrl), on
     * APP_URL. Built here as a plain string because next-auth's default
     * resolves against the request's URL, which Next.js reports with a
     * loopback host renamed "localhost", so a browser at 127.0.0.1 would be
     * sent to another host, without the cookie it was just given.
     */
    redirect({ url }) {
      return new URL(safeCallbackUrl(sameSitePath(url)), env().APP_URL).toString();
    },
    async signIn({ user, account, profile, email }) {
      if (!account || account.type === "credentials") return true;
      if (account.type === "email") {
        // Asking for a link always "succeeds" (sendSignInLink decides what to send);
        // using one needs an account, as links are only stored for those.
        if (email?.verificationRequest) return true;
        return Boolean(
          user.email && (await db().user.findUnique({ where: { email: user.email } })),
        );
      }
      // GitHub / Google: only an address the provider verified may sign in, create
      // an account or be linked to one, and never to someone already signed in as another.
      const verified = verifiedOAuthEmail(profile);
      if (!verified) return "/sign-in?error=UnverifiedEmail";
      const current = (await auth())?.user?.email?.toLowerCase();
      return !current || current === verified;
    },
  },
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        const result = await verifyCredentials({
          input: credentials,
          ip: clientIp(request.headers),
        });
        if (result.ok) return result.user;
        if (result.reason === "THROTTLED") throw new ThrottledSignIn(result.limit);
        return null;
      },
    }),
    ...(signInLinksAvailable()
      ? [
          Nodemailer({
            // Never used to send: sendSignInLink goes through server/mail. Required to be set.
            server: env().SMTP_URL ?? "smtp://localhost",
            maxAge: SIGN_IN_LINK_TTL_SECONDS,
            sendVerificationRequest: ({ identifier, url, request }) =>
              sendSignInLink({ identifier, url, request }),
          }),
        ]
      : []),
    ...oauthProviders(),
  ],
}));

/**
 * The signed-in user, re-read from the database once per request: a valid
 * session for a deleted account must not get in.
 */
export const getCurrentUser = cache(async () => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  return db().user.findUnique({ where: { id }, select: { id: true, name: true, email: true } });
});

/** For pages: the signed-in user, or a redirect to sign in. */
export async function requireUser() {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  return user;
}

/** For actions and route handlers: the signed-in user, or a 401. */
export async function requireApiUser() {
  const user = await getCurrentUser();
  if (!user) throw unauthorized();
  return user;
}
