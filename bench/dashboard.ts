/**
 * Dashboard benchmark: `npm run bench:dashboard [-- options]`. See docs/benchmarks.md.
 *
 * Builds the app (`next build`) unless --skip-build, fills a fresh database
 * with one workspace of --initiatives initiatives and their history
 * (bench/dashboard-seed.ts says how), then measures in the same run:
 *
 * - the data queries alone, in this process: listDashboard and getFunnel,
 *   --queries times each after a warm-up, p50/p95/p99;
 * - the server render of the workspace home as its owner (the built app
 *   under `next start`, as bench/reader.ts starts it): the default view and
 *   a sorted, filtered later page, against /about (a page of the same build
 *   with no data: the blank baseline). One request at a time, --requests
 *   per page per round, --rounds alternating rounds; the time to the last
 *   byte of the HTML, p50/p95/p99, and the app server's CPU per request.
 *   Target: the dashboard's p95 at most 300 ms.
 *
 * A report, not a test: prints PASS/FAIL against the target and exits 0.
 */
import { parseArgs } from "node:util";
import { runAppBenchmark, type AppBenchmark } from "./app-benchmark";
import { processCpuSeconds, sleep, waitForQuietMachine } from "./servers";
import { sessionCookie } from "./session";
import { seedDashboard } from "./dashboard-seed";

const { values } = parseArgs({
  options: {
    initiatives: { type: "string", default: "1000" },
    requests: { type: "string", default: "40" },
    rounds: { type: "string", default: "3" },
    queries: { type: "string", default: "60" },
    "skip-build": { type: "boolean", default: false },
  },
});
const INITIATIVES = Number(values.initiatives);
const REQUESTS = Number(values.requests);
const ROUNDS = Math.max(1, Number(values.rounds));
const QUERIES = Number(values.queries);
const TARGET_MS = 300;

await runAppBenchmark({ skipBuild: values["skip-build"] }, main);

/** p50/p95/p99 of some timings, nearest rank. */
function percentiles(list: number[]) {
  const sorted = [...list].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), n: sorted.length };
}

function ms(value: number) {
  return value.toFixed(1).padStart(8);
}

async function main({ log, startApp }: AppBenchmark) {
  // Imported once the environment points at the benchmark's database.
  const { signUp, member, requireApprovals, PASSWORD } = await import("@/test/support/factories");
  const { db } = await import("@/server/db");
  const { listDashboard } = await import("@/server/data/dashboard/list-dashboard");
  const { getFunnel } = await import("@/server/data/dashboard/get-funnel");
  const { parseDashboardQuery } = await import("@/lib/schemas/dashboard");

  const owner = await signUp("Bench Owner");
  await requireApprovals(owner.workspaceId, 1);
  const others = [];
  for (const [index, role] of (
    ["EDITOR", "EDITOR", "EDITOR", "REVIEWER", "REVIEWER"] as const
  ).entries())
    others.push(await member(owner.workspaceId, role, `Bench Member ${index + 1}`));
  const started = Date.now();
  const rows = await seedDashboard({
    db: db(),
    workspaceId: owner.workspaceId,
    memberIds: [owner.id, ...others.map((person) => person.id)],
    count: INITIATIVES,
  });
  log(
    `seeded in ${((Date.now() - started) / 1000).toFixed(1)} s: ${Object.entries(rows)
      .map(([name, n]) => `${n} ${name}`)
      .join(", ")}`,
  );

  // The data queries alone, in this process.
  const variants = {
    default: parseDashboardQuery({}),
    "time, stalled": parseDashboardQuery({ sort: "time", show: "stalled" }),
  };
  const timings: Record<string, number[]> = {};
  const time = async (name: string, run: () => Promise<unknown>) => {
    for (let warm = 0; warm < 5; warm++) await run();
    const list: number[] = [];
    for (let index = 0; index < QUERIES; index++) {
      const begin = performance.now();
      await run();
      list.push(performance.now() - begin);
    }
    timings[name] = list;
  };
  const options = { userId: owner.id, workspaceId: owner.workspaceId };
  for (const [name, query] of Object.entries(variants))
    await time(`listDashboard (${name})`, () => listDashboard({ ...options, query }));
  await time("getFunnel", () => getFunnel(options));
  await time("both, as the page runs them", () =>
    Promise.all([listDashboard({ ...options, query: variants.default }), getFunnel(options)]),
  );
  console.log(`\nData queries alone (${QUERIES} runs each, in-process, ms)`);
  console.log("query                                    p50      p95      p99");
  for (const [name, list] of Object.entries(timings)) {
    const { p50, p95, p99 } = percentiles(list);
    console.log(`${name.padEnd(36)} ${ms(p50)} ${ms(p95)} ${ms(p99)}`);
  }
  await db().$disconnect();

  const app = await startApp();
  const appPid = app.pids[1] ?? 0;
  const signedIn = await sessionCookie(app.baseUrl, { email: owner.email, password: PASSWORD });
  const pages = {
    blank: `${app.baseUrl}/about`,
    dashboard: `${app.baseUrl}/w/${owner.workspaceId}`,
    "dashboard sorted p3": `${app.baseUrl}/w/${owner.workspaceId}?sort=time&page=3`,
  };
  for (const [name, url] of Object.entries(pages)) {
    const response = await fetch(url, { headers: signedIn });
    const html = await response.text();
    if (!response.ok) throw new Error(`${name} answered ${response.status}`);
    if (name !== "blank" && !html.includes("Where initiatives stand"))
      throw new Error(`${name} did not render the dashboard`);
    log(`${name}: ${(html.length / 1024).toFixed(0)} KB of HTML`);
  }

  const runs: Record<string, { times: number[]; cpuMs: number; requests: number }> = {};
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, url] of Object.entries(pages)) {
      await waitForQuietMachine({ busyPercent: 30, maxWaitMs: 30_000 });
      const run = (runs[name] ??= { times: [], cpuMs: 0, requests: 0 });
      const cpuBefore = processCpuSeconds(appPid);
      for (let index = 0; index < REQUESTS; index++) {
        const begin = performance.now();
        const response = await fetch(url, { headers: signedIn });
        await response.arrayBuffer();
        run.times.push(performance.now() - begin);
        if (!response.ok) throw new Error(`${name} answered ${response.status}`);
      }
      run.cpuMs += (processCpuSeconds(appPid) - cpuBefore) * 1000;
      run.requests += REQUESTS;
      log(`round ${round + 1} ${name}: p50 ${percentiles(run.times).p50.toFixed(0)} ms so far`);
      await sleep(500);
    }
  }

  console.log(
    `\nServer render, one request at a time (${REQUESTS} × ${ROUNDS} rounds per page, ms to the last byte)`,
  );
  console.log("page                        p50      p95      p99   CPU ms/req   over blank p50");
  const blank = percentiles(runs.blank?.times ?? []);
  for (const [name, run] of Object.entries(runs)) {
    const { p50, p95, p99 } = percentiles(run.times);
    console.log(
      `${name.padEnd(22)} ${ms(p50)} ${ms(p95)} ${ms(p99)} ${(run.cpuMs / run.requests).toFixed(1).padStart(12)} ${ms(p50 - blank.p50).padStart(16)}`,
    );
  }
  const verdict = (ok: boolean) => (ok ? "PASS" : "FAIL");
  console.log("\nTargets");
  for (const name of ["dashboard", "dashboard sorted p3"]) {
    const { p95 } = percentiles(runs[name]?.times ?? []);
    console.log(
      `${verdict(p95 <= TARGET_MS)} ${name} p95 ${p95.toFixed(0)} ms for ${INITIATIVES} initiatives (≤ ${TARGET_MS} ms)`,
    );
  }
}
