import "server-only";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import type { Profile } from "next-auth";
import { env, type Env } from "@/lib/env";

export type OAuthChoice = { id: "github" | "google"; name: string };

/** The providers whose client id and secret are set, for the sign-in page's buttons. */
export function oauthChoices(config: Env = env()): OAuthChoice[] {
  const choices: OAuthChoice[] = [];
  if (config.AUTH_GITHUB_ID && config.AUTH_GITHUB_SECRET)
    choices.push({ id: "github", name: "GitHub" });
  if (config.AUTH_GOOGLE_ID && config.AUTH_GOOGLE_SECRET)
    choices.push({ id: "google", name: "Google" });
  return choices;
}

type GitHubEmail = { email: string; primary: boolean; verified: boolean };

/**
 * GitHub's profile names an address without saying whether GitHub verified
 * it; its /user/emails list does. We take the primary address if verified,
 * else any verified one, and say so as `email_verified`, like Google's profile.
 */
async function gitHubProfile(accessToken: string | undefined): Promise<Profile> {
  const headers = { Authorization: `Bearer ${accessToken}`, "User-Agent": "Foreword" };
  const [profile, emails] = await Promise.all([
    fetch("https://api.github.com/user", { headers }).then((res) => res.json() as Promise<Profile>),
    fetch("https://api.github.com/user/emails", { headers }).then((res) =>
      res.ok ? (res.json() as Promise<GitHubEmail[]>) : [],
    ),
  ]);
  const verified =
    emails.find((entry) => entry.primary && entry.verified) ??
    emails.find((entry) => entry.verified);
  return { ...profile, email: verified?.email ?? null, email_verified: Boolean(verified) };
}

/**
 * GitHub and Google sign-in, each only when its id and secret are set. An
 * account with the same address is linked (allowDangerousEmailAccountLinking)
 * only because server/auth.ts's signIn callback first insists the provider
 * verified that address (verifiedOAuthEmail): linking by verified email only.
 */
export function oauthProviders(config: Env = env()) {
  const providers = [];
  if (config.AUTH_GITHUB_ID && config.AUTH_GITHUB_SECRET)
    providers.push(
      GitHub({
        clientId: config.AUTH_GITHUB_ID,
        clientSecret: config.AUTH_GITHUB_SECRET,
        allowDangerousEmailAccountLinking: true,
        userinfo: {
          url: "https://api.github.com/user",
          request: ({ tokens }: { tokens: { access_token?: string } }) =>
            gitHubProfile(tokens.access_token),
        },
      }),
    );
  if (config.AUTH_GOOGLE_ID && config.AUTH_GOOGLE_SECRET)
    providers.push(
      Google({
        clientId: config.AUTH_GOOGLE_ID,
        clientSecret: config.AUTH_GOOGLE_SECRET,
        allowDangerousEmailAccountLinking: true,
      }),
    );
  return providers;
}

/** The address a provider vouches for, lower-cased; null when it did not verify one. */
export function verifiedOAuthEmail(profile: Profile | undefined): string | null {
  if (!profile || profile.email_verified !== true || typeof profile.email !== "string") return null;
  return profile.email.toLowerCase();
}
