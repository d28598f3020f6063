import "server-only";
import { mailFrom } from "@/lib/env";
import type { Email } from "@/lib/mail/email";
import { mailTransport } from "./mail-transport";

/** How an email left: through SMTP, or written to the log because no SMTP_URL is set. */
export type MailDelivery = "smtp" | "log";

/**
 * Sends one email through SMTP_URL; without it, writes the email's text
 * (links included) to the server log, so development and a server without
 * mail still work. Throws when the SMTP server refuses it: callers decide
 * what a failed send means (an invite is kept, a digest is retried).
 */
export async function sendMail(email: Email): Promise<MailDelivery> {
  const transport = mailTransport();
  if (!transport) {
    console.info(
      `[mail] (no SMTP_URL: logged, not sent) to ${email.to}: ${email.subject}\n${email.text}`,
    );
    return "log";
  }
  const result = await transport.sendMail({
    from: mailFrom(),
    to: email.to,
    subject: email.subject,
    text: email.text,
    html: email.html,
  });
  const refused = [...result.rejected, ...(result.pending ?? [])];
  if (refused.length > 0) throw new Error(`The SMTP server refused ${email.to}.`);
  return "smtp";
}
