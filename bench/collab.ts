/**
 * Collab benchmark: `npm run bench:collab [-- options]`. See docs/benchmarks.md.
 *
 * Creates its own database, starts our collab server and a bare Hocuspocus
 * (bench/bare-server.ts) as child processes, and drives each with real
 * HocuspocusProvider clients from this process, one WebSocket per client:
 *
 * - "one":  50 editors on one document, 5 characters/s each;
 * - "many": 1,500 clients across 500 documents (3 each), 1 character/s each.
 *
 * Each scenario runs --runs times against each server, alternating (bare,
 * ours, ours, bare, …: neither always goes first on a machine that drifts),
 * and every figure printed is the median of that server's runs: noise on a
 * shared machine is handled by repetition, not by picking a quiet run.
 *
 * Prints, per scenario and server, keystroke-to-other-client latency, updates
 * applied, server memory (idle, at the end of typing, after everyone left)
 * and CPU, stored bytes per typed character and database writes per document
 * per minute, then PASS/FAIL per target (bench/report.ts). A report, not a
 * test: it exits 0 whatever the figures.
 *
 * Options: --seconds N (measured window per run, default 60); --only one|many;
 * --runs N (runs per server and scenario, default 2); --stagger S (documents
 * start being edited spread over S seconds instead of all at once); --trace
 * FILE (per-second latency CSV); --profile DIR (CPU profiles of the servers).
 */
import { randomBytes } from "node:crypto";
import { appendFileSync, existsSync } from "node:fs";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { parseArgs } from "node:util";
import * as Y from "yjs";
import { createTestDatabase, type TestDatabase } from "@/test/support/database";
import { BenchClient, Meter } from "./clients";
import {
  medianResult,
  percentile,
  printScenario,
  type Outcome,
  type RunResult,
  type Scenario,
} from "./report";
import {
  killAllServers,
  machineCpu,
  raisePriority,
  runQueueWaitMs,
  sleep,
  startServer,
  waitForQuietMachine,
  type ServerKind,
  type ServerProcess,
} from "./servers";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "60" },
    only: { type: "string" },
    runs: { type: "string", default: "2" },
    trace: { type: "string" },
    profile: { type: "string" },
    stagger: { type: "string", default: "0" },
  },
});
const SECONDS = Number(values.seconds);
if (!Number.isFinite(SECONDS) || SECONDS <= 0)
  throw new Error("--seconds must be a positive number");

const RUNS = Math.max(1, Math.floor(Number(values.runs)) || 1);

/** Documents start being edited spread over this long (default: all at once). */
const STAGGER_MS = Math.max(0, Number(values.stagger) || 0) * 1_000;
/** Typing before the measured window starts (JIT, first stores); counted in stored bytes only. */
const WARM_UP_MS = 3_000;
/** Clients connecting at once while the run is set up. */
const CONNECT_BATCH = 50;

const SCENARIOS: Record<string, Scenario> = {
  one: {
    key: "one",
    title: "50 editors on one document",
    documents: 1,
    clientsPerDocument: 50,
    charsPerSecond: 5,
  },
  many: {
    key: "many",
    title: "1,500 clients across 500 documents",
    documents: 500,
    clientsPerDocument: 3,
    charsPerSecond: 1,
  },
};
const chosen = values.only ? [values.only] : Object.keys(SCENARIOS);
for (const key of chosen)
  if (!SCENARIOS[key]) throw new Error(`--only: one of ${Object.keys(SCENARIOS).join(", ")}`);

let database: TestDatabase | undefined;
let cleaningUp: Promise<void> | undefined;
const cleanUp = () =>
  (cleaningUp ??= (async () => {
    killAllServers();
    const cache = globalThis as { foreword?: { $disconnect(): Promise<void> } };
    await cache.foreword?.$disconnect().catch(() => {});
    await database
      ?.drop()
      .catch((error: unknown) => console.error("dropping the database failed", error));
  })());
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the servers and dropping the database`);
    void cleanUp().then(() => process.exit(0));
  });
}

try {
  database = await createTestDatabase();
  if (database.kind === "embedded") {
    throw new Error(
      "The benchmark needs a PostgreSQL server (PGlite serves one connection at a time).",
    );
  }
  process.env.DATABASE_URL = database.url;
  process.env.AUTH_SECRET = `bench-${randomBytes(24).toString("hex")}`;
  await main(database.url, process.env.AUTH_SECRET);
} catch (error) {
  console.error(error);
} finally {
  await cleanUp();
}
process.exit(0);

async function main(databaseUrl: string, authSecret: string) {
  // Imported once the environment points at the benchmark's database.
  const { signUp, member, initiativeFor } = await import("@/test/support/factories");
  const { freePort } = await import("@/test/support/collab");
  const { db } = await import("@/server/db");
  const { Prisma } = await import("@/generated/prisma/client");
  const { signCollabToken } = await import("@/server/collab/collab-token");
  const { sectionDocumentName } = await import("@/lib/collab-document");
  const { templateYDoc } = await import("@/editor/document");

  const raised = raisePriority();
  console.log(
    `Collab benchmark: ${SECONDS} s per run, database ${new URL(databaseUrl).pathname.slice(1)}, ` +
      `${raised ? "clients and servers at nice -10" : "normal priority (nice -10 not allowed)"}, ` +
      `${STAGGER_MS ? `documents start over ${STAGGER_MS / 1_000} s` : "documents start together"}`,
  );
  const setupStarted = Date.now();
  const owner = await signUp("Bench Owner");
  const editors: Awaited<ReturnType<typeof member>>[] = [];
  for (let i = 1; i < 50; i++)
    editors.push(await member(owner.workspaceId, "EDITOR", `Editor ${i}`));
  const users = [owner, ...editors];
  const sectionsFor = async (count: number) => {
    const ids: string[] = [];
    for (let i = 0; i < count; i += 5) {
      const batch = Array.from({ length: Math.min(5, count - i) }, (_, j) =>
        initiativeFor(owner, `Bench initiative ${i + j + 1}`),
      );
      for (const initiative of await Promise.all(batch))
        ids.push(initiative.section("PRESS_RELEASE").id);
    }
    return ids;
  };
  const sections: Record<string, string[]> = {};
  for (const key of chosen) sections[key] = await sectionsFor(SCENARIOS[key]?.documents ?? 0);
  console.log(
    `Seeded ${users.length} users and their initiatives in ${((Date.now() - setupStarted) / 1000).toFixed(1)} s`,
  );

  // The bare server seeds nothing: its clients all start from the same template update.
  const template = Y.encodeStateAsUpdate(templateYDoc("PRESS_RELEASE"));

  const storedBytes = async (ids: string[]) => {
    const [row] = await db().$queryRaw<{ bytes: bigint }[]>`
      SELECT coalesce(sum(octet_length(ydoc)), 0)::bigint AS bytes FROM "Section" WHERE id = ANY(${ids})`;
    return Number(row?.bytes ?? 0);
  };

  async function run(scenario: Scenario, kind: ServerKind, ids: string[]): Promise<RunResult> {
    if (kind === "ours") {
      // A repeated run starts from the template again, as the first one did.
      await db().section.updateMany({
        where: { id: { in: ids } },
        data: { ydoc: null, content: Prisma.DbNull, text: "", wordCount: 0, savedAt: null },
      });
    }
    const server = await startServer(kind, {
      port: await freePort(),
      env: { DATABASE_URL: databaseUrl, AUTH_SECRET: authSecret },
      profileDir: values.profile,
    });
    const meter = new Meter();
    const clients: BenchClient[] = [];
    // Before any client: what the server holds doing nothing.
    await sleep(1_000);
    const rssIdleBytes = server.memory().rssBytes;
    try {
      // Connect every client, as many browsers opening their documents.
      const groups: BenchClient[][] = ids.map(() => []);
      const plan = ids.flatMap((sectionId, d) =>
        Array.from({ length: scenario.clientsPerDocument }, (_, k) => ({ sectionId, d, k })),
      );
      for (let start = 0; start < plan.length; start += CONNECT_BATCH) {
        const batch = plan.slice(start, start + CONNECT_BATCH).map(({ sectionId, d, k }, j) => {
          const index = start + j;
          const user = users[(d * scenario.clientsPerDocument + k) % users.length] ?? owner;
          const client = new BenchClient({
            url: server.url,
            documentName: sectionDocumentName(sectionId),
            token:
              kind === "ours"
                ? async () => (await signCollabToken({ userId: user.id, sectionId })).token
                : "bare",
            // One loopback address per simulated browser: the server allows 60 connections per IP a minute.
            localAddress: `127.1.${Math.floor(index / 250)}.${(index % 250) + 1}`,
            initialState: kind === "bare" ? template : undefined,
            meter,
          });
          clients.push(client);
          groups[d]?.push(client);
          return client.ready;
        });
        await withTimeout(Promise.all(batch), 60_000, "clients to connect and sync");
      }
      for (const group of groups)
        for (const client of group) client.peers = group.filter((other) => other !== client);
      const notWritable = clients.filter(
        (client) => client.provider.authorizedScope !== "read-write",
      ).length;
      if (notWritable > 0) throw new Error(`${notWritable} client(s) were connected read-only`);

      const seededBytes = kind === "ours" ? await storedBytes(ids) : 0;
      const backgroundBusy = await waitForQuietMachine();

      // Type: warm up (documents starting over STAGGER_MS), then measure for SECONDS.
      const periodMs = 1_000 / scenario.charsPerSecond;
      groups.forEach((group, d) => {
        for (const client of group) client.startTyping(periodMs, (d / groups.length) * STAGGER_MS);
      });
      await sleep(WARM_UP_MS + STAGGER_MS);

      const loopDelay = monitorEventLoopDelay({ resolution: 5 });
      const writesBefore = (await server.health()).stores?.writes ?? 0;
      const serverCpuBefore = server.cpuSeconds();
      const serverWaitBefore = server.runQueueWaitMs();
      const benchWaitBefore = runQueueWaitMs(process.pid);
      const benchCpuBefore = process.cpuUsage();
      const machineBefore = machineCpu();
      const startedAt = performance.now();
      loopDelay.enable();
      meter.recording = true;
      let rssPeakBytes = 0;
      const memorySampler = setInterval(() => {
        rssPeakBytes = Math.max(rssPeakBytes, server.memory().rssBytes);
      }, 1_000);
      // How long the server takes to answer an HTTP request while it relays keystrokes.
      const probes: { at: number; ms: number }[] = [];
      let probing = true;
      const probingDone = (async () => {
        while (probing) {
          const at = performance.now();
          await server.health();
          probes.push({ at, ms: performance.now() - at });
          await sleep(250);
        }
      })();
      await sleep(SECONDS * 1_000);
      meter.recording = false;
      probing = false;
      await probingDone;
      const elapsed = (performance.now() - startedAt) / 1_000;
      loopDelay.disable();
      clearInterval(memorySampler);
      const benchCpu = process.cpuUsage(benchCpuBefore);
      const machineAfter = machineCpu();
      const serverCpu = server.cpuSeconds() - serverCpuBefore;
      const serverWait = server.runQueueWaitMs() - serverWaitBefore;
      const benchWait = runQueueWaitMs(process.pid) - benchWaitBefore;
      const health = await server.health();
      const memory = server.memory();
      rssPeakBytes = Math.max(rssPeakBytes, memory.rssBytes);

      for (const client of clients) client.stopTyping();
      const drainDeadline = Date.now() + 5_000;
      while (clients.some((client) => client.outstanding > 0) && Date.now() < drainDeadline)
        await sleep(50);
      await sleep(500);
      const converged = groups.every(
        (group) => new Set(group.map((client) => client.stateVector())).size === 1,
      );
      const missing = clients.reduce((sum, client) => sum + client.outstanding, 0);

      for (const client of clients.splice(0)) client.destroy();
      const after = await memoryOnceEveryoneLeft(server);
      await server.stop(); // ours stores every open document before exiting

      const sorted = [...meter.latenciesMs].sort((a, b) => a - b);
      const probeMs = probes.map((probe) => probe.ms).sort((a, b) => a - b);
      if (values.trace)
        writeTrace(values.trace, `${scenario.key},${kind}`, startedAt, meter, probes);
      return {
        kind,
        seconds: elapsed,
        documents: ids.length,
        keystrokesPerSecond: meter.typedInWindow / elapsed,
        appliedPerSecond: meter.applied / elapsed,
        p50Ms: percentile(sorted, 50),
        p99Ms: percentile(sorted, 99),
        maxMs: sorted.at(-1) ?? Number.NaN,
        samples: sorted.length,
        missing,
        rssIdleBytes,
        rssEndBytes: memory.rssBytes,
        rssPeakBytes,
        rssAfterBytes: after.rssBytes,
        heapEndBytes: health.heapUsedBytes,
        heapAfterBytes: after.heapUsedBytes,
        serverCpu: (serverCpu / elapsed) * 100,
        benchCpu: ((benchCpu.user + benchCpu.system) / 1e6 / elapsed) * 100,
        machineBusy:
          ((machineAfter.busy - machineBefore.busy) / (machineAfter.total - machineBefore.total)) *
          100,
        benchLoopDelayP99Ms: loopDelay.percentile(99) / 1e6,
        healthP50Ms: percentile(probeMs, 50),
        healthMaxMs: probeMs.at(-1) ?? Number.NaN,
        serverWaitMsPerSecond: serverWait / elapsed,
        benchWaitMsPerSecond: benchWait / elapsed,
        backgroundBusy,
        closes: meter.closes,
        runs: 1,
        converged,
        typed: meter.typed,
        storage:
          kind === "ours"
            ? {
                bytes: await storedBytes(ids),
                seededBytes,
                writes: (health.stores?.writes ?? 0) - writesBefore,
                failures: health.stores?.failures ?? 0,
              }
            : undefined,
      };
    } finally {
      for (const client of clients) client.destroy();
      await server.stop();
    }
  }

  for (const key of chosen) {
    const scenario = SCENARIOS[key];
    const ids = sections[key];
    if (!scenario || !ids) continue;
    const results: Record<ServerKind, RunResult[]> = { bare: [], ours: [] };
    const errors: Partial<Record<ServerKind, string>> = {};
    const order: ServerKind[] = [];
    for (let i = 0; i < RUNS; i++)
      order.push(...((i % 2 === 0 ? ["bare", "ours"] : ["ours", "bare"]) as ServerKind[]));
    for (const [index, kind] of order.entries()) {
      if (errors[kind]) continue;
      const name = kind === "ours" ? "our collab server" : "bare Hocuspocus";
      console.log(`Running "${scenario.title}" against ${name} (${index + 1} of ${order.length})…`);
      try {
        results[kind].push(await run(scenario, kind, ids));
      } catch (error) {
        errors[kind] = error instanceof Error ? error.message : String(error);
      }
    }
    const outcome = (kind: ServerKind): Outcome => {
      const error = errors[kind];
      return error ? { ok: false, error } : { ok: true, result: medianResult(results[kind]) };
    };
    const bare = outcome("bare");
    const ours = outcome("ours");
    printScenario(scenario, SECONDS, { bare, ours });
    console.log("");
  }
}

/**
 * The server's RSS once every client has gone and every document is unloaded
 * (ours stores each first), after V8 has had time to give memory back: the
 * lowest of ten samples over the next ten seconds.
 */
async function memoryOnceEveryoneLeft(
  server: ServerProcess,
): Promise<{ rssBytes: number; heapUsedBytes: number }> {
  const deadline = Date.now() + 30_000;
  while ((await server.health()).documents > 0 && Date.now() < deadline) await sleep(200);
  let lowest = server.memory().rssBytes;
  for (let i = 0; i < 10; i++) {
    await sleep(1_000);
    lowest = Math.min(lowest, server.memory().rssBytes);
  }
  const h = await server.health();
  return { rssBytes: lowest, heapUsedBytes: h.heapUsedBytes };
}

/** Appends one line per second of the run to a CSV file: latency p50/p99/max and the /health probe. */
function writeTrace(
  file: string,
  label: string,
  startedAt: number,
  meter: Meter,
  probes: { at: number; ms: number }[],
) {
  const seconds = new Map<number, { latencies: number[]; probes: number[] }>();
  const second = (at: number) => {
    const key = Math.floor((at - startedAt) / 1_000);
    let entry = seconds.get(key);
    if (!entry) seconds.set(key, (entry = { latencies: [], probes: [] }));
    return entry;
  };
  meter.latenciesMs.forEach((ms, i) => second(meter.observedAt[i] ?? startedAt).latencies.push(ms));
  for (const probe of probes) second(probe.at).probes.push(probe.ms);
  if (!existsSync(file))
    appendFileSync(
      file,
      "scenario,server,second,observations,p50_ms,p99_ms,max_ms,health_max_ms\n",
    );
  const lines = [...seconds.entries()]
    .sort(([a], [b]) => a - b)
    .map(([key, { latencies, probes: probeMs }]) => {
      const sorted = latencies.sort((a, b) => a - b);
      const cells = [
        percentile(sorted, 50),
        percentile(sorted, 99),
        sorted.at(-1) ?? Number.NaN,
        Math.max(0, ...probeMs),
      ];
      return `${label},${key},${sorted.length},${cells.map((cell) => cell.toFixed(2)).join(",")}`;
    });
  appendFileSync(file, `${lines.join("\n")}\n`);
}

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
