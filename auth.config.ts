/**
 * The part of the next-auth configuration that needs no database, shared by
 * proxy.ts (which runs on every request) and server/auth.ts (which adds the
 * credentials provider). Keep Prisma and "server-only" out of this file.
 */
import type { NextAuthConfig } from "next-auth";
import { env } from "@/lib/env";
import { secureCookiesFor } from "@/lib/security-headers";

/** Paths a signed-out visitor may open. */
const PUBLIC_PATHS = [
  /^\/sign-in(\/check-email|\/link)?$/,
  /^\/sign-up$/,
  /^\/invite\/[^/]+$/,
  // A published document's secret share link: the token is the key (app/s).
  /^\/s\/[^/]+(\/v\/[^/]+)?$/,
  /^\/api\/auth\//,
  /^\/api\/health$/,
  /^\/about$/,
  // The web app manifest (app/manifest.ts); the icons never reach the proxy (proxy.ts matcher).
  /^\/manifest\.webmanifest$/,
];

export const authConfig = {
  // Errors (an expired or used sign-in link, say) and "check your email" are ours too.
  pages: { signIn: "/sign-in", error: "/sign-in", verifyRequest: "/sign-in/check-email" },
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  // Behind our own load balancer the Host header is the app's; see README "Scaling out".
  trustHost: true,
  providers: [],
  callbacks: {
    authorized({ auth, request }) {
      const { pathname } = request.nextUrl;
      if (PUBLIC_PATHS.some((path) => path.test(pathname))) return true;
      if (pathname.startsWith("/api/")) return true; // route handlers answer 401 themselves
      if (auth?.user) return true;
      // next-auth's own redirect puts the full URL in callbackUrl, which the sign-in page
      // refuses (it only follows same-site paths); pass the path so sign-in returns here.
      const signInUrl = new URL("/sign-in", request.nextUrl.origin);
      signInUrl.searchParams.set("callbackUrl", `${pathname}${request.nextUrl.search}`);
      return Response.redirect(signInUrl);
    },
    jwt({ token, user }) {
      if (user?.id) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
} satisfies NextAuthConfig;

/**
 * Whether session and CSRF cookies are `Secure`: whenever APP_URL is https
 * (secureCookiesFor). A function, called per request: at build time there is
 * no environment to read.
 */
export function secureCookies(): boolean {
  return secureCookiesFor(env().APP_URL);
}
