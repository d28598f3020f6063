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
  rssEndBytes: number;
  rssPeakBytes: number;
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
  /** Runs made (repeated while other processes loaded the machine); this is the least loaded. */
  attempts: number;
  converged: boolean;
  typed: number;
  /** Ours only. */
  storage?: { bytes: number; seededBytes: number; writes: number; failures: number };
  documents: number;
};

export type Outcome = { ok: true; result: RunResult } | { ok: false; error: string };

export const TARGETS = {
  p99VersusBare: 1.2,
  p99Ms: 20,
  bytesPerChar: 30,
  writesPerDocumentPerMinute: 6,
} as const;

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

/** A run is repeated when other processes used more than this (% of a core) during it. */
export const CONTENDED = 30;

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
  ["server RSS end / peak (MB)", (r) => `${mb(r.rssEndBytes)} / ${mb(r.rssPeakBytes)}`],
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
  ["runs made (repeated under other load)", (r) => String(r.attempts)],
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
  const verdict = (pass: boolean | undefined) =>
    pass === undefined ? "n/a " : pass ? "PASS" : "FAIL";
  const ratio = ours && bare ? ours.p99Ms / bare.p99Ms : undefined;
  const bytes = ours && bytesPerChar(ours);
  const writes = ours && writesPerDocumentPerMinute(ours);
  console.log("");
  console.log(
    `- ${verdict(ratio === undefined ? undefined : shown(ratio) <= TARGETS.p99VersusBare)} p99 ≤ ${TARGETS.p99VersusBare}× bare: ` +
      `${fixed(ours?.p99Ms, 2)} ms vs ${fixed(bare?.p99Ms, 2)} ms (${fixed(ratio, 2)}×)`,
  );
  console.log(
    `- ${verdict(ours && shown(ours.p99Ms) <= TARGETS.p99Ms)} p99 ≤ ${TARGETS.p99Ms} ms: ${fixed(ours?.p99Ms, 2)} ms`,
  );
  console.log(
    `- ${verdict(bytes === undefined ? undefined : shown(bytes) <= TARGETS.bytesPerChar)} ≤ ${TARGETS.bytesPerChar} stored bytes per typed character: ` +
      `${fixed(bytes, 2)} (net of the template ${fixed(ours && netBytesPerChar(ours), 2)})`,
  );
  console.log(
    `- ${verdict(writes === undefined ? undefined : shown(writes) <= TARGETS.writesPerDocumentPerMinute)} ≤ ${TARGETS.writesPerDocumentPerMinute} DB writes per document per minute: ` +
      `${fixed(writes, 2)}${ours?.storage?.failures ? ` (${ours.storage.failures} failed saves)` : ""}`,
  );
  for (const kind of kinds) {
    const outcome = outcomes[kind];
    if (outcome.ok && otherLoad(outcome.result) > CONTENDED) {
      console.log(
        `- note: other processes used ${fixed(otherLoad(outcome.result), 0)}% of a core during the ${kind} run ` +
          `(least loaded of ${outcome.result.attempts}); its latency is inflated by them`,
      );
    }
  }
}
