/**
 * The part of the next-auth configuration that needs no database, shared by
 * proxy.ts (which runs on every request) and server/auth.ts (which adds the
 * credentials provider). Keep Prisma and "server-only" out of this file.
 */
import type { NextAuthConfig } from "next-auth";

/** Paths a signed-out visitor may open. */
const PUBLIC_PATHS = [
  /^\/sign-in$/,
  /^\/sign-up$/,
  /^\/invite\/[^/]+$/,
  /^\/api\/auth\//,
  /^\/api\/health$/,
];

export const authConfig = {
  pages: { signIn: "/sign-in" },
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  // Behind our own load balancer the Host header is the app's; see README "Scaling out".
  trustHost: true,
  providers: [],
  callbacks: {
    authorized({ auth, request }) {
      const { pathname } = request.nextUrl;
      if (PUBLIC_PATHS.some((path) => path.test(pathname))) return true;
      if (pathname.startsWith("/api/")) return true; // route handlers answer 401 themselves
      return Boolean(auth?.user);
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
