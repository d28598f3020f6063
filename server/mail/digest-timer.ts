import "server-only";
import { sendNotificationDigests } from "./send-notification-digests";

/** How often each app process looks for digests to send. */
export const DIGEST_TICK_MS = 30 * 1000;

const state = globalThis as { forewordDigestTimer?: NodeJS.Timeout };

/**
 * Runs sendNotificationDigests every DIGEST_TICK_MS in this app process
 * (started from instrumentation.ts): no separate service to deploy, and
 * every instance may run it, since each run claims people under row locks.
 * A run that is still going when the next tick comes is not overlapped.
 */
export function startDigestTimer(): void {
  if (state.forewordDigestTimer) return;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const run = await sendNotificationDigests();
      if (run.sent || run.failed)
        console.info(`[mail] notification digests: ${run.sent} sent, ${run.failed} failed`);
    } catch (error) {
      console.error("[mail] notification digests could not run", error);
    } finally {
      running = false;
    }
  };
  state.forewordDigestTimer = setInterval(() => void tick(), DIGEST_TICK_MS);
  // The timer alone must not keep a stopping process alive.
  state.forewordDigestTimer.unref();
}
