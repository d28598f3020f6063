// A local SMTP server that accepts every message and keeps it, for the tests:
// the integration tests read what arrived in memory, the end-to-end run
// (scripts/e2e.mjs) also writes each message as JSON into a directory the
// specs read. Real SMTP on a real socket, so the app's nodemailer transport
// is exercised exactly as against a mail provider. Plain text, no auth.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { SMTPServer } from "smtp-server";
import { simpleParser } from "mailparser";

/**
 * @typedef {{ to: string[]; from: string; subject: string; text: string; html: string; receivedAt: string }} SunkMail
 */

/**
 * Starts the sink on a free local port.
 * @param {{ dir?: string; refuse?: (address: string) => boolean }} [options]
 *   dir: where to write each message as <n>.json; refuse: recipients to turn
 *   away with a permanent error, as a mail server does a bad address
 */
export async function startSmtpSink({ dir, refuse } = {}) {
  /** @type {SunkMail[]} */
  const messages = [];
  /** @type {Set<() => void>} */
  const waiters = new Set();
  if (dir) mkdirSync(dir, { recursive: true });

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refuse?.(address.address.toLowerCase())) {
        const error = Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 });
        callback(error);
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          /** @type {SunkMail} */
          const mail = {
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : "",
            receivedAt: new Date().toISOString(),
          };
          messages.push(mail);
          if (dir)
            writeFileSync(
              path.join(dir, `${String(messages.length).padStart(5, "0")}.json`),
              JSON.stringify(mail),
            );
          for (const wake of waiters) wake();
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve(undefined));
  });
  const address = server.server.address();
  const port = typeof address === "object" && address ? address.port : 0;

  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    /**
     * The first message (already here or yet to come) that `match` accepts.
     * @param {(mail: SunkMail) => boolean} match
     * @param {number} [timeoutMs]
     * @returns {Promise<SunkMail>}
     */
    waitFor(match, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = messages.find(match);
          if (!found) return false;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching email within ${timeoutMs} ms`));
        }, timeoutMs);
        if (!check()) waiters.add(check);
      });
    },
    /** Stops listening; messages stay readable. */
    close() {
      return new Promise((resolve) => server.close(() => resolve(undefined)));
    },
  };
}
