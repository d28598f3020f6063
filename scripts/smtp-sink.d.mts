/** Types for scripts/smtp-sink.mjs, for the TypeScript tests that import it. */
export type SunkMail = {
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  receivedAt: string;
};

export type SmtpSink = {
  port: number;
  url: string;
  messages: SunkMail[];
  waitFor(match: (mail: SunkMail) => boolean, timeoutMs?: number): Promise<SunkMail>;
  close(): Promise<void>;
};

export function startSmtpSink(options?: {
  dir?: string;
  refuse?: (address: string) => boolean;
}): Promise<SmtpSink>;
