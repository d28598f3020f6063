/**
 * Runs once when an app server process starts (Next.js instrumentation).
 * Starts the notification digest timer in the Node.js runtime, where the
 * database and SMTP are reachable; nothing for the edge runtime.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startDigestTimer } = await import("@/server/mail/digest-timer");
  startDigestTimer();
}
