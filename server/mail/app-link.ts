import "server-only";
import { env } from "@/lib/env";

/** An absolute link to `path` in the app, from APP_URL: emails are opened outside the app. */
export function appLink(path: string): string {
  return new URL(path, env().APP_URL).toString();
}
