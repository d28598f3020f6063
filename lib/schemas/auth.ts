import { z } from "@/lib/schemas/zod";
import { LIMITS } from "./limits";
import { ZText } from "./text";

// Not ZText: the email format below admits neither NUL nor lone surrogates.
const email = z
  .string({ error: "Enter your email address" })
  .trim()
  .toLowerCase()
  .max(LIMITS.emailMax, `Use at most ${LIMITS.emailMax} characters`)
  .pipe(z.email({ error: "Enter a valid email address" }));

/** Creating an account. */
export const ZSignUpSchema = z.object({
  /** The name teammates see on comments and presence. */
  name: ZText("Enter your name")
    .trim()
    .min(1, "Enter your name")
    .max(LIMITS.nameMax, `Use at most ${LIMITS.nameMax} characters`),
  email,
  /**
   * Also free of NUL and lone surrogates: a lone surrogate becomes U+FFFD
   * when hashed, so two different passwords would unlock the same account.
   */
  password: ZText("Choose a password")
    .min(LIMITS.passwordMin, `Use at least ${LIMITS.passwordMin} characters`)
    .max(LIMITS.passwordMax, `Use at most ${LIMITS.passwordMax} characters`),
  /** Where to go after signing up (an invite link, say); only same-site paths are honoured. */
  callbackUrl: z.string().optional(),
  /**
   * The invite link's token when signing up through an invite: a pending
   * invite for this email means no personal workspace is made (the invite is
   * where they are going). Anything else is ignored, not refused.
   */
  invite: z.string().max(100).optional(),
});
export type TSignUp = z.infer<typeof ZSignUpSchema>;

/** Signing in with email and password. */
export const ZSignInSchema = z.object({
  email,
  /** Not ZText: it is only compared, never stored, and a password set before sign-up refused those characters must still work. */
  password: z
    .string({ error: "Enter your password" })
    .min(1, "Enter your password")
    .max(LIMITS.passwordMax),
  callbackUrl: z.string().optional(),
});
export type TSignIn = z.infer<typeof ZSignInSchema>;

/** Asking for an emailed sign-in link. */
export const ZSignInLinkSchema = z.object({
  email,
  callbackUrl: z.string().optional(),
});
export type TSignInLink = z.infer<typeof ZSignInLinkSchema>;

/** Starting GitHub or Google sign-in. */
export const ZOAuthSignInSchema = z.object({
  provider: z.enum(["github", "google"], { error: "Choose GitHub or Google" }),
  callbackUrl: z.string().optional(),
});

/**
 * A callback URL is resolved against this origin: anything that resolves
 * elsewhere is not a path on our site. `.invalid` can never be a real host.
 */
const CALLBACK_BASE = new URL("http://callback.invalid");

/**
 * Only same-site absolute paths, so a crafted link cannot send people
 * elsewhere. The value is parsed as browsers parse it (WHATWG URL): they drop
 * tabs and newlines and read `\` as `/`, so `/\t/evil.example` is
 * `//evil.example` to them, another site. What comes back is the parsed
 * path, query and fragment, percent-encoded, so it never carries a control or
 * non-ASCII character into a Location header (Node refuses those with a 500).
 */
export function safeCallbackUrl(value: string | undefined | null, fallback = "/"): string {
  if (!value || !value.startsWith("/") || value.length > LIMITS.callbackUrlMax) return fallback;
  const path = sameSitePath(value);
  // Parsed again: dot segments can leave a path that starts with "//"
  // (`/.//evil.example`), which is another site once a browser reads it.
  if (!path || path.length > LIMITS.callbackUrlMax || sameSitePath(path) !== path) return fallback;
  return path;
}

function sameSitePath(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value, CALLBACK_BASE);
  } catch {
    return undefined;
  }
  if (url.origin !== CALLBACK_BASE.origin) return undefined;
  return `${url.pathname}${url.search}${url.hash}`;
}
