/**
 * The figures of one run, and the table and target checks printed from them.
 */
import type { ServerKind } from "./servers";

export type Scenario = {
  key: string;
  title: string;
  documents: number;
  clientsPerDocument: number;
  charsPerSecond: number;
};

export type RunResult = {
  kind: ServerKind;
  seconds: number;
  keystrokesPerSecond: number;
  appliedPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  samples: number;
  /** Expected observations that never arrived. */
  missing: number;
  /** After start, before any client. */
  rssIdleBytes: number;
  /** At the end of the measured window. */
  rssEndBytes: number;
  rssPeakBytes: number;
  /** Once every client has disconnected and every document is unloaded. */
  rssAfterBytes: number;
  /** The JavaScript heap in use at the end of the window, and after everyone left. */
  heapEndBytes: number;
  heapAfterBytes: number;
  /** Percent of one core. */
  serverCpu: number;
  benchCpu: number;
  /** Percent of all cores. */
  machineBusy: number;
  benchLoopDelayP99Ms: number;
  /** Round trip of GET /health, polled every 250 ms during the run. */
  healthP50Ms: number;
  healthMaxMs: number;
  /** Main thread runnable but waiting for a core, ms per second of the run. */
  serverWaitMsPerSecond: number;
  benchWaitMsPerSecond: number;
  /** Machine busy (% of all cores) just before typing started, with the clients idle. */
  backgroundBusy: number;
  closes: number;
  /** How many runs these figures are the median of. */
  runs: number;
  converged: boolean;
  typed: number;
  /** Ours only. */
  storage?: { bytes: number; seededBytes: number; writes: number; failures: number };
  documents: number;
};

export type Outcome = { ok: true; result: RunResult } | { ok: false; error: string };

/** Issue 11's targets: ours against bare Hocuspocus in the same benchmark. */
export const TARGETS = {
  p50VersusBare: 1.2,
  p99VersusBare: 1.2,
  cpuVersusBare: 1.3,
  rssVersusBare: 1.5,
  /** RSS after everyone left, against the same server's idle RSS. */
  rssAfterVersusIdle: 1.2,
  bytesPerChar: 30,
  writesPerDocumentPerMinute: 6,
} as const;

const median = (values: number[]) => {
  const sorted = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/**
 * One server's runs as one result: each figure the median of its runs
 * (separately: the median latency run need not be the median CPU run);
 * losses and closes are summed, convergence must hold in every run.
 */
export function medianResult(results: RunResult[]): RunResult {
  const first = results[0];
  if (!first) throw new Error("no runs to take the median of");
  const of = (pick: (r: RunResult) => number) => median(results.map(pick));
  const sum = (pick: (r: RunResult) => number) => results.reduce((total, r) => total + pick(r), 0);
  const storages = results.flatMap((r) => (r.storage ? [r.storage] : []));
  return {
    kind: first.kind,
    seconds: of((r) => r.seconds),
    documents: first.documents,
    keystrokesPerSecond: of((r) => r.keystrokesPerSecond),
    appliedPerSecond: of((r) => r.appliedPerSecond),
    p50Ms: of((r) => r.p50Ms),
    p99Ms: of((r) => r.p99Ms),
    maxMs: of((r) => r.maxMs),
    samples: of((r) => r.samples),
    missing: sum((r) => r.missing),
    rssIdleBytes: of((r) => r.rssIdleBytes),
    rssEndBytes: of((r) => r.rssEndBytes),
    rssPeakBytes: of((r) => r.rssPeakBytes),
    rssAfterBytes: of((r) => r.rssAfterBytes),
    heapEndBytes: of((r) => r.heapEndBytes),
    heapAfterBytes: of((r) => r.heapAfterBytes),
    serverCpu: of((r) => r.serverCpu),
    benchCpu: of((r) => r.benchCpu),
    machineBusy: of((r) => r.machineBusy),
    benchLoopDelayP99Ms: of((r) => r.benchLoopDelayP99Ms),
    healthP50Ms: of((r) => r.healthP50Ms),
    healthMaxMs: of((r) => r.healthMaxMs),
    serverWaitMsPerSecond: of((r) => r.serverWaitMsPerSecond),
    benchWaitMsPerSecond: of((r) => r.benchWaitMsPerSecond),
    backgroundBusy: of((r) => r.backgroundBusy),
    closes: sum((r) => r.closes),
    runs: results.length,
    converged: results.every((r) => r.converged),
    typed: of((r) => r.typed),
    storage:
      storages.length > 0
        ? {
            bytes: median(storages.map((s) => s.bytes)),
            seededBytes: median(storages.map((s) => s.seededBytes)),
            writes: median(storages.map((s) => s.writes)),
            failures: storages.reduce((total, s) => total + s.failures, 0),
          }
        : undefined,
  };
}

/** Prints a Markdown table: the first column left-aligned, the figures right-aligned. */
export function printTable(header: string[], body: string[][]) {
  const widths = header.map((_, column) =>
    Math.max(...[header, ...body].map((row) => (row[column] ?? "").length)),
  );
  const line = (row: string[]) =>
    `| ${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join(" | ")} |`;
  console.log(line(header));
  console.log(
    `|${widths.map((width, column) => (column === 0 ? "-" : "") + "-".repeat(width + 1) + (column === 0 ? "" : ":")).join("|")}|`,
  );
  for (const row of body) console.log(line(row));
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

/** CPU other processes (and PostgreSQL) used during the run, % of a core. */
export const otherLoad = (r: RunResult) =>
  Math.max(0, r.machineBusy * 2 - r.serverCpu - r.benchCpu);

export const bytesPerChar = (r: RunResult) => (r.storage ? r.storage.bytes / r.typed : undefined);
export const netBytesPerChar = (r: RunResult) =>
  r.storage ? (r.storage.bytes - r.storage.seededBytes) / r.typed : undefined;
export const writesPerDocumentPerMinute = (r: RunResult) =>
  r.storage ? r.storage.writes / r.documents / (r.seconds / 60) : undefined;

/** Targets are judged on the figures as printed (two decimals), not on timer noise below them. */
const shown = (value: number) => Math.round(value * 100) / 100;

const fixed = (value: number | undefined, digits = 1) =>
  value === undefined || Number.isNaN(value)
    ? "–"
    : value.toLocaleString("en-US", {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      });
const mb = (bytes: number) => fixed(bytes / 1024 / 1024, 0);

type Row = [label: string, value: (r: RunResult) => string];

const ROWS: Row[] = [
  ["keystrokes typed /s", (r) => fixed(r.keystrokesPerSecond)],
  ["remote updates applied /s (all clients)", (r) => fixed(r.appliedPerSecond)],
  ["latency p50 (ms)", (r) => fixed(r.p50Ms, 2)],
  ["latency p99 (ms)", (r) => fixed(r.p99Ms, 2)],
  ["latency max (ms)", (r) => fixed(r.maxMs, 1)],
  ["latency observations (missing)", (r) => `${fixed(r.samples, 0)} (${r.missing})`],
  ["server RSS idle, before clients (MB)", (r) => mb(r.rssIdleBytes)],
  ["server RSS end / peak (MB)", (r) => `${mb(r.rssEndBytes)} / ${mb(r.rssPeakBytes)}`],
  ["server RSS after everyone left (MB)", (r) => mb(r.rssAfterBytes)],
  [
    "  JS heap used end / after everyone left (MB)",
    (r) => `${mb(r.heapEndBytes)} / ${mb(r.heapAfterBytes)}`,
  ],
  ["server CPU (% of a core)", (r) => fixed(r.serverCpu, 0)],
  [
    "server GET /health p50 / max (ms)",
    (r) => `${fixed(r.healthP50Ms, 1)} / ${fixed(r.healthMaxMs, 0)}`,
  ],
  ["bench clients CPU (% of a core)", (r) => fixed(r.benchCpu, 0)],
  ["bench event-loop delay p99 (ms)", (r) => fixed(r.benchLoopDelayP99Ms, 1)],
  [
    "waiting for a core, server / clients (ms per s)",
    (r) => `${fixed(r.serverWaitMsPerSecond, 0)} / ${fixed(r.benchWaitMsPerSecond, 0)}`,
  ],
  ["machine busy before the run (% of 2 cores)", (r) => fixed(r.backgroundBusy, 0)],
  ["machine busy during the run (% of 2 cores)", (r) => fixed(r.machineBusy, 0)],
  ["  rest: PostgreSQL, other processes (% of a core)", (r) => fixed(otherLoad(r), 0)],
  ["stored bytes / typed char", (r) => fixed(bytesPerChar(r), 2)],
  ["  net of the seeded template", (r) => fixed(netBytesPerChar(r), 2)],
  ["DB writes / document / minute", (r) => fixed(writesPerDocumentPerMinute(r), 2)],
  ["socket closes during the run", (r) => String(r.closes)],
  ["all clients converged", (r) => (r.converged ? "yes" : "NO")],
  ["runs (figures are their median)", (r) => String(r.runs)],
];

export function printScenario(
  scenario: Scenario,
  seconds: number,
  outcomes: Record<ServerKind, Outcome>,
) {
  const clients = scenario.documents * scenario.clientsPerDocument;
  console.log(
    `\n## ${scenario.title}: ${clients.toLocaleString("en-US")} clients, ${scenario.documents} document(s), ` +
      `${scenario.charsPerSecond} char/s each, ${seconds} s measured\n`,
  );
  const kinds: ServerKind[] = ["bare", "ours"];
  const header = ["", "bare Hocuspocus", "ours"];
  const body = ROWS.map(([label, value]) => [
    label,
    ...kinds.map((kind) => {
      const outcome = outcomes[kind];
      return outcome.ok ? value(outcome.result) : "failed";
    }),
  ]);
  printTable(header, body);
  for (const kind of kinds) {
    const outcome = outcomes[kind];
    if (!outcome.ok) console.log(`\n${kind} failed: ${outcome.error}`);
  }

  const ours = outcomes.ours.ok ? outcomes.ours.result : undefined;
  const bare = outcomes.bare.ok ? outcomes.bare.result : undefined;
  console.log("");
  const line = (pass: boolean | undefined, text: string) =>
    console.log(`- ${pass === undefined ? "n/a " : pass ? "PASS" : "FAIL"} ${text}`);
  const versus = (
    label: string,
    target: number,
    pick: (r: RunResult) => number,
    unit: string,
    digits = 2,
  ) => {
    const ratio = ours && bare ? pick(ours) / pick(bare) : undefined;
    line(
      ratio === undefined ? undefined : shown(ratio) <= target,
      `${label} ≤ ${target}× bare: ${fixed(ours && pick(ours), digits)}${unit} vs ${fixed(bare && pick(bare), digits)}${unit} (${fixed(ratio, 2)}×)`,
    );
  };
  versus("latency p50", TARGETS.p50VersusBare, (r) => r.p50Ms, " ms");
  versus("latency p99", TARGETS.p99VersusBare, (r) => r.p99Ms, " ms");
  versus("server CPU", TARGETS.cpuVersusBare, (r) => r.serverCpu, "% of a core", 0);
  versus(
    "server RSS at the end",
    TARGETS.rssVersusBare,
    (r) => r.rssEndBytes / 1024 / 1024,
    " MB",
    0,
  );
  const after = ours && ours.rssAfterBytes / ours.rssIdleBytes;
  line(
    after === undefined ? undefined : shown(after) <= TARGETS.rssAfterVersusIdle,
    `server RSS after everyone left ≤ ${TARGETS.rssAfterVersusIdle}× its idle RSS: ${mb(ours?.rssAfterBytes ?? Number.NaN)} MB vs ${mb(ours?.rssIdleBytes ?? Number.NaN)} MB (${fixed(after, 2)}×; bare ${fixed(bare && bare.rssAfterBytes / bare.rssIdleBytes, 2)}×)`,
  );
  const bytes = ours && bytesPerChar(ours);
  line(
    bytes === undefined ? undefined : shown(bytes) <= TARGETS.bytesPerChar,
    `≤ ${TARGETS.bytesPerChar} stored bytes per typed character: ${fixed(bytes, 2)} (net of the template ${fixed(ours && netBytesPerChar(ours), 2)})`,
  );
  const writes = ours && writesPerDocumentPerMinute(ours);
  line(
    writes === undefined ? undefined : shown(writes) <= TARGETS.writesPerDocumentPerMinute,
    `≤ ${TARGETS.writesPerDocumentPerMinute} DB writes per document per minute: ${fixed(writes, 2)}${ours?.storage?.failures ? ` (${ours.storage.failures} failed saves)` : ""}`,
  );
  line(
    ours ? ours.missing === 0 && ours.converged && ours.closes === 0 : undefined,
    `nothing lost: ${ours ? `${ours.missing} keystroke(s) never arrived, ${ours.closes} socket close(s), ${ours.converged ? "all converged" : "NOT converged"}` : "–"}`,
  );
  if (ours && ours.runs < 2)
    console.log(
      "- note: one run per server; the targets are judged on the median of two or more (--runs)",
    );
}
