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

/** Only same-site absolute paths, so a crafted link cannot send people elsewhere. */
export function safeCallbackUrl(value: string | undefined | null, fallback = "/"): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\"))
    return fallback;
  return value;
}
