import NextAuth from "next-auth";
import { authConfig } from "./auth.config";

/**
 * Sends signed-out visitors to the sign-in page before any app page renders.
 * Pages, actions and route handlers still check the session themselves.
 */
export const proxy = NextAuth(authConfig).auth;

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|jpg|ico)$).*)"],
};
