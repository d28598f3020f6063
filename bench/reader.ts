/**
 * Reader benchmark: `npm run bench:reader [-- options]`. See docs/benchmarks.md.
 *
 * Builds the app (`next build`) unless --skip-build, starts it against a
 * fresh database holding one initiative with all five stages complete and
 * published, and measures, in the same run and build:
 *
 * - first-load JavaScript: the script files each page's HTML loads, gzipped,
 *   for the published page (through its share link, and as a signed-in
 *   viewer, who also gets the feedback form) against /about, a page of the
 *   same build with no data and no client code of its own: the blank
 *   baseline. Target: at most 10 KB more.
 * - throughput: autocannon on 127.0.0.1 (--connections, --seconds), the
 *   share page against /about, alternating --rounds times and taking the
 *   median; requests per second, latency p50/p99, and the app server's CPU
 *   per request. Target: at least 0.8× the static page's requests per second.
 *
 * A report, not a test: prints PASS/FAIL against the targets and exits 0.
 */
import { parseArgs } from "node:util";
import { runAppBenchmark, type AppBenchmark } from "./app-benchmark";
import { scriptWeight, throughput, type Throughput } from "./reader-page";
import { processCpuSeconds, sleep, waitForQuietMachine } from "./servers";
import { sessionCookie } from "./session";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
    rounds: { type: "string", default: "3" },
    "skip-build": { type: "boolean", default: false },
  },
});
const SECONDS = Number(values.seconds);
const CONNECTIONS = Number(values.connections);
const ROUNDS = Math.max(1, Number(values.rounds));
const JS_BUDGET_BYTES = 10 * 1024;
const RPS_TARGET = 0.8;

await runAppBenchmark({ skipBuild: values["skip-build"] }, main);

async function main({ log, startApp }: AppBenchmark) {
  // Imported once the environment points at the benchmark's database.
  const { signUp, member, initiativeFor, writeReady, PASSWORD } =
    await import("@/test/support/factories");
  const { transitionSection } = await import("@/server/data/section/transition-section");
  const { publishInitiative } = await import("@/server/data/publication/publish-initiative");
  const { createShareLink } = await import("@/server/data/publication/create-share-link");
  const { STAGES } = await import("@/lib/stages");

  const owner = await signUp("Bench Owner");
  const viewer = await member(owner.workspaceId, "VIEWER", "Bench Viewer");
  const initiative = await initiativeFor(owner, "Instant refunds at the counter");
  for (const stage of STAGES) {
    const section = initiative.section(stage);
    await writeReady(section);
    await transitionSection({
      userId: owner.id,
      sectionId: section.id,
      input: { action: "complete" },
    });
  }
  await publishInitiative({ userId: owner.id, initiativeId: initiative.id, input: {} });
  const link = await createShareLink({ userId: owner.id, initiativeId: initiative.id });

  const app = await startApp();
  const appPid = app.pids[1] ?? 0;
  const pages = {
    blank: `${app.baseUrl}/about`,
    shared: `${app.baseUrl}/s/${link.token}`,
    member: `${app.baseUrl}/p/${initiative.id}`,
  };

  // The viewer's session cookie, from signing in through the form once.
  const signedIn = await sessionCookie(app.baseUrl, { email: viewer.email, password: PASSWORD });

  // Warm every page: the first request of a route compiles nothing in production but fills caches.
  for (const url of Object.values(pages)) await fetch(url, { headers: signedIn });

  const weights = {
    blank: await scriptWeight(pages.blank),
    shared: await scriptWeight(pages.shared),
    member: await scriptWeight(pages.member, signedIn),
  };
  console.log("\nFirst-load JavaScript (script files, gzipped)");
  console.log("page                       files   JS gz   inline gz   HTML gz   over blank");
  for (const [name, weight] of Object.entries(weights)) {
    const over = weight.gzipBytes - weights.blank.gzipBytes;
    console.log(
      `${name.padEnd(26)} ${String(weight.files).padStart(5)} ${kb(weight.gzipBytes).padStart(7)} ${kb(weight.inlineGzipBytes).padStart(11)} ${kb(weight.htmlGzipBytes).padStart(9)} ${kb(over).padStart(12)}`,
    );
  }

  const runs: Record<"blank" | "shared" | "member", (Throughput & { cpuMsPerRequest: number })[]> =
    {
      blank: [],
      shared: [],
      member: [],
    };
  for (let round = 0; round < ROUNDS; round++) {
    for (const name of ["blank", "shared", "member"] as const) {
      await waitForQuietMachine({ busyPercent: 30, maxWaitMs: 30_000 });
      const cpuBefore = processCpuSeconds(appPid);
      const result = await throughput(pages[name], {
        seconds: SECONDS,
        connections: CONNECTIONS,
        headers: name === "member" ? signedIn : {},
      });
      const cpuMs = (processCpuSeconds(appPid) - cpuBefore) * 1000;
      runs[name].push({ ...result, cpuMsPerRequest: cpuMs / Math.max(1, result.requests) });
      log(
        `round ${round + 1} ${name}: ${result.requestsPerSecond.toFixed(0)} req/s, p50 ${result.latencyP50} ms, p99 ${result.latencyP99} ms, non-2xx ${result.non2xx}`,
      );
      await sleep(1000);
    }
  }
  const median = (list: number[]) =>
    [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0;
  const summary = Object.fromEntries(
    Object.entries(runs).map(([name, list]) => [
      name,
      {
        rps: median(list.map((run) => run.requestsPerSecond)),
        p50: median(list.map((run) => run.latencyP50)),
        p99: median(list.map((run) => run.latencyP99)),
        cpu: median(list.map((run) => run.cpuMsPerRequest)),
        non2xx: list.reduce((sum, run) => sum + run.non2xx + run.errors, 0),
      },
    ]),
  ) as Record<
    keyof typeof runs,
    { rps: number; p50: number; p99: number; cpu: number; non2xx: number }
  >;

  console.log(
    `\nThroughput (autocannon, ${CONNECTIONS} connections × ${SECONDS} s, median of ${ROUNDS} alternating rounds)`,
  );
  console.log("page                        req/s   p50 ms   p99 ms   CPU ms/req   ratio   non-2xx");
  for (const [name, row] of Object.entries(summary)) {
    console.log(
      `${name.padEnd(26)} ${row.rps.toFixed(0).padStart(7)} ${String(row.p50).padStart(8)} ${String(row.p99).padStart(8)} ${row.cpu.toFixed(2).padStart(12)} ${(row.rps / summary.blank.rps).toFixed(2).padStart(7)} ${String(row.non2xx).padStart(9)}`,
    );
  }

  const verdict = (ok: boolean) => (ok ? "PASS" : "FAIL");
  const sharedOver = weights.shared.gzipBytes - weights.blank.gzipBytes;
  const memberOver = weights.member.gzipBytes - weights.blank.gzipBytes;
  console.log("\nTargets");
  console.log(
    `${verdict(sharedOver <= JS_BUDGET_BYTES)} shared page JS over blank: ${kb(sharedOver)} (≤ 10 KB)`,
  );
  console.log(
    `${verdict(memberOver <= JS_BUDGET_BYTES)} member page JS over blank: ${kb(memberOver)} (≤ 10 KB)`,
  );
  const sharedRatio = summary.shared.rps / summary.blank.rps;
  console.log(
    `${verdict(sharedRatio >= RPS_TARGET)} shared page req/s vs static page: ${sharedRatio.toFixed(2)}× (≥ ${RPS_TARGET}×)`,
  );
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
