import "server-only";
import { createTransport, type Transporter } from "nodemailer";
import { env } from "@/lib/env";

let cached: { url: string; transport: Transporter } | undefined;

/**
 * The SMTP transport for SMTP_URL, made once per process (nodemailer opens a
 * connection per message; a pool would hold sockets open between the rare
 * sends). Null when SMTP_URL is unset: emails then go to the log.
 */
export function mailTransport(): Transporter | null {
  const url = env().SMTP_URL;
  if (!url) return null;
  if (cached?.url !== url) cached = { url, transport: createTransport(url) };
  return cached.transport;
}
