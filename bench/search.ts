/**
 * Search benchmark: `npm run bench:search [-- options]`. See docs/benchmarks.md.
 *
 * In its own database: 1,000 initiatives × 5 stages of ~1,000 words
 * (bench/search-corpus.ts: fixed-seed Zipf text over real English words),
 * a comment and a published version each, then VACUUM ANALYZE. Then a mix of
 * queries (rare word, common word, two words, phrase, prefix as typed) runs
 * many times each through searchWorkspace, as the owner (who reads drafts)
 * and as a viewer (published documents only), alternating with a bare
 * baseline: the same match on the same tables without ranking or snippets
 * (`SELECT id … WHERE "searchVector" @@ q LIMIT 20`). Prints p50/p95/p99 per
 * kind and overall, the CPU time of the PostgreSQL backend and of this
 * process per query, and PASS/FAIL for p95 ≤ 50 ms.
 *
 * A report, not a test: exits 0.
 */
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { createTestDatabase, type TestDatabase } from "@/test/support/database";
import { corpus } from "./search-corpus";
import { writeBenchData } from "./search-data";
import { percentile, printTable } from "./report";
import { processCpuSeconds } from "./servers";
import { apiRow, measureApi } from "./search-api";

const { values } = parseArgs({
  options: {
    initiatives: { type: "string", default: "1000" },
    words: { type: "string", default: "1000" },
    rounds: { type: "string", default: "5" },
    /** Results per query: 8 is what the ⌘K palette asks for as you type; the search page asks for 50. */
    limit: { type: "string", default: "8" },
    /** Leave the database behind (its URL is printed), to EXPLAIN queries against it. */
    keep: { type: "boolean", default: false },
    /** Also measure GET /api/search through the production build (run `npm run build` first). */
    api: { type: "boolean", default: false },
  },
});
const INITIATIVES = Number(values.initiatives);
const WORDS = Number(values.words);
const ROUNDS = Math.max(1, Number(values.rounds));
const LIMIT = Number(values.limit);
const P95_TARGET_MS = 50;
const QUERIES_PER_KIND = 20;

let database: TestDatabase | undefined;
const log = (message: string) => console.log(`[bench] ${message}`);

try {
  await main();
} catch (error) {
  console.error(error);
} finally {
  const cache = globalThis as { foreword?: { $disconnect(): Promise<void> } };
  await cache.foreword?.$disconnect();
  if (values.keep && database) log(`kept ${database.url}`);
  else await database?.drop();
}
process.exit(0);

type Sample = { ms: number; backendCpuMs: number; nodeCpuMs: number; results: number };

async function main() {
  database = await createTestDatabase({ prefix: "foreword_bench_search" });
  process.env.DATABASE_URL = database.url;
  process.env.AUTH_SECRET = "bench-secret-bench-secret-bench-secret-0123";
  // One connection, so the backend whose CPU is read is the one that ran the query.
  process.env.DATABASE_POOL_SIZE = "1";

  // Imported once the environment points at the benchmark's database.
  const { signUp, member, PASSWORD } = await import("@/test/support/factories");
  const { searchWorkspace } = await import("@/server/data/search/search-workspace");
  const { querySql } = await import("@/server/data/search/query-sql");
  const { db } = await import("@/server/db");
  const { Prisma } = await import("@/generated/prisma/client");

  const owner = await signUp("Bench Owner");
  const viewer = await member(owner.workspaceId, "VIEWER", "Bench Viewer");
  const text = corpus();
  const started = Date.now();
  const data = await writeBenchData({
    url: database.url,
    workspaceId: owner.workspaceId,
    ownerId: owner.id,
    corpus: text,
    initiatives: INITIATIVES,
    wordsPerSection: WORDS,
    log,
  });
  log(
    `${data.initiatives} initiatives, ${data.sections} stages, ${(data.words / 1e6).toFixed(2)} M words in ${((Date.now() - started) / 1000).toFixed(0)} s (database ${database.kind})`,
  );

  // The queries: which words are common or rare follows the corpus's Zipf ranks.
  const { words } = text;
  const pick = (from: number, to: number) =>
    words[from + Math.floor(text.rand() * (to - from))] as string;
  const phrase = () => {
    const sentence = text.sentence().replace(/\.$/, "").toLowerCase().split(" ");
    const at = Math.floor(text.rand() * (sentence.length - 1));
    return `"${sentence[at]} ${sentence[at + 1]}"`;
  };
  const queries: Record<string, string[]> = {
    rare: Array.from({ length: QUERIES_PER_KIND }, () => pick(6000, words.length)),
    common: Array.from({ length: QUERIES_PER_KIND }, () => pick(0, 10)),
    "two words": Array.from(
      { length: QUERIES_PER_KIND },
      () => `${pick(20, 200)} ${pick(20, 200)}`,
    ),
    phrase: Array.from({ length: QUERIES_PER_KIND }, phrase),
    prefix: Array.from({ length: QUERIES_PER_KIND }, () => pick(50, 500).slice(0, 4)),
  };

  const [{ pid } = { pid: 0 }] = await db().$queryRaw<
    { pid: number }[]
  >`SELECT pg_backend_pid() AS pid`;
  const workspaceId = owner.workspaceId;
  const bare = (q: string) => db().$queryRaw<{ id: string }[]>`
    WITH q AS MATERIALIZED (SELECT ${querySql(q)} AS query)
    (SELECT i."id" FROM "Initiative" i, q
      WHERE i."workspaceId" = ${workspaceId} AND i."searchVector" @@ q.query LIMIT ${LIMIT})
    UNION ALL
    (SELECT s."id" FROM "Section" s JOIN "Initiative" i ON i."id" = s."initiativeId", q
      WHERE i."workspaceId" = ${workspaceId} AND s."searchVector" @@ q.query LIMIT ${LIMIT})
    UNION ALL
    (SELECT m."id" FROM "Comment" m JOIN "CommentThread" t ON t."id" = m."threadId"
      JOIN "Section" s ON s."id" = t."sectionId" JOIN "Initiative" i ON i."id" = s."initiativeId", q
      WHERE i."workspaceId" = ${workspaceId} AND m."searchVector" @@ q.query LIMIT ${LIMIT})
    LIMIT ${LIMIT}`;
  const bareViewer = (q: string) => db().$queryRaw<{ id: string }[]>`
    WITH q AS MATERIALIZED (SELECT ${querySql(q)} AS query)
    SELECT p."id" FROM "Publication" p, q
    WHERE p."workspaceId" = ${workspaceId} AND p."searchVector" @@ q.query LIMIT ${LIMIT}`;
  void Prisma;

  const runners = {
    owner: (q: string) =>
      searchWorkspace({ userId: owner.id, workspaceId, input: { q, limit: LIMIT } }),
    viewer: (q: string) =>
      searchWorkspace({ userId: viewer.id, workspaceId, input: { q, limit: LIMIT } }),
    "bare (drafts)": bare,
    "bare (published)": bareViewer,
  } as const;
  type Runner = keyof typeof runners;
  const samples = new Map<string, Sample[]>();

  async function measure(runner: Runner, kind: string, q: string) {
    const cpu = processCpuSeconds(pid);
    const node = process.cpuUsage();
    const t0 = performance.now();
    const results = await runners[runner](q);
    const ms = performance.now() - t0;
    const nodeUsed = process.cpuUsage(node);
    const sample = {
      ms,
      backendCpuMs: (processCpuSeconds(pid) - cpu) * 1000,
      nodeCpuMs: (nodeUsed.user + nodeUsed.system) / 1000,
      results: results.length,
    };
    const key = `${runner}\t${kind}`;
    samples.set(key, [...(samples.get(key) ?? []), sample]);
  }

  // Warm-up: every query once, unmeasured (the first reads the index from disk).
  for (const list of Object.values(queries))
    for (const q of list)
      for (const runner of Object.keys(runners) as Runner[]) await runners[runner](q);

  log(`workspace ${owner.workspaceId}, owner ${owner.id}, viewer ${viewer.id}`);
  log(`measuring: ${ROUNDS} rounds × ${QUERIES_PER_KIND} queries × 5 kinds, limit ${LIMIT}`);
  for (let round = 0; round < ROUNDS; round++)
    for (const [kind, list] of Object.entries(queries))
      for (const q of list)
        for (const runner of Object.keys(runners) as Runner[]) await measure(runner, kind, q);

  const row = (label: string, list: Sample[]) => {
    const sorted = list.map((s) => s.ms).sort((a, b) => a - b);
    const mean = (f: (s: Sample) => number) => list.reduce((sum, s) => sum + f(s), 0) / list.length;
    return [
      label,
      String(list.length),
      percentile(sorted, 50).toFixed(1),
      percentile(sorted, 95).toFixed(1),
      percentile(sorted, 99).toFixed(1),
      mean((s) => s.backendCpuMs).toFixed(1),
      mean((s) => s.nodeCpuMs).toFixed(1),
      mean((s) => s.results).toFixed(1),
    ];
  };
  console.log(
    `\nms per query (searchWorkspace: membership check + search + snippets), limit ${LIMIT}`,
  );
  const verdicts: string[] = [];
  for (const runner of Object.keys(runners) as Runner[]) {
    const body: string[][] = [];
    const all: Sample[] = [];
    for (const kind of Object.keys(queries)) {
      const list = samples.get(`${runner}\t${kind}`) ?? [];
      all.push(...list);
      body.push(row(kind, list));
    }
    body.push(row("overall", all));
    console.log(`\n${runner}`);
    printTable(["kind", "n", "p50", "p95", "p99", "PG CPU ms", "node CPU ms", "results"], body);
    if (!runner.startsWith("bare")) {
      const p95 = percentile(
        all.map((s) => s.ms).sort((a, b) => a - b),
        95,
      );
      verdicts.push(
        `${p95 <= P95_TARGET_MS ? "PASS" : "FAIL"}: ${runner} p95 ${p95.toFixed(1)} ms (target ≤ ${P95_TARGET_MS} ms on PostgreSQL)`,
      );
    }
  }
  if (values.api) {
    delete process.env.DATABASE_POOL_SIZE; // the app's own pool, as configured by default
    log("the API end to end: starting the production build…");
    const runs = await measureApi({
      databaseUrl: database?.url ?? "",
      authSecret: process.env.AUTH_SECRET ?? "",
      email: owner.email,
      password: PASSWORD,
      workspaceId,
      queries: Object.values(queries).flat(),
      limit: LIMIT,
      log,
    });
    console.log(`\nms per request, end to end (owner, limit ${LIMIT})`);
    printTable(["request", "n", "p50", "p95", "p99", "app CPU ms"], runs.map(apiRow));
  }
  console.log(
    `\nload average after the run: ${loadavg()
      .map((n) => n.toFixed(2))
      .join(", ")} (2 cores)`,
  );
  for (const verdict of verdicts) console.log(verdict);
}
