/**
 * The editor benchmark's figures per document size, and the table, waterfall
 * and PASS/FAIL lines printed from them.
 */
import type { KeystrokeResult, PageCpu, Waterfall } from "./editor-page";
import { percentile, printTable } from "./report";

export const TARGETS = {
  /** Keystroke main-thread p50 and p99, as a multiple of the bare editor's in the same run. */
  keystrokeVersusBare: 1.2,
  /** Time-to-editable of the largest document. */
  editableMs: 1_000,
  editableAtWords: 10_000,
} as const;

export type EditorSide = {
  /** One waterfall per measured load. */
  loads: Waterfall[];
  keystrokes: KeystrokeResult[];
  /** Machine busy (% of all cores) while this side was typed into. */
  machineBusy: number;
};

export type SizeResult = { words: number; bare: EditorSide; ours: EditorSide; loadAverage: string };

const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );

/** The load whose time-to-editable is the median. */
export function medianLoad(loads: Waterfall[]): Waterfall | undefined {
  const sorted = [...loads].sort((a, b) => a.editable - b.editable);
  return sorted[Math.ceil(sorted.length / 2) - 1];
}

const pooled = (side: EditorSide, key: "mainThreadMs" | "frameMs") =>
  side.keystrokes.flatMap((run) => run[key]).sort((a, b) => a - b);

const cpu = (side: EditorSide, key: keyof PageCpu) =>
  side.keystrokes.reduce((sum, run) => sum + run.cpuPerKeystroke[key], 0) /
  Math.max(1, side.keystrokes.length);

/** The figures compared, per side. */
export function figures(side: EditorSide) {
  const main = pooled(side, "mainThreadMs");
  const frame = pooled(side, "frameMs");
  return {
    editableMs: median(side.loads.map((load) => load.editable)),
    samples: main.length,
    mainP50: percentile(main, 50),
    mainP95: percentile(main, 95),
    mainP99: percentile(main, 99),
    frameP50: percentile(frame, 50),
    frameP95: percentile(frame, 95),
    frameP99: percentile(frame, 99),
    taskMs: cpu(side, "taskMs"),
    scriptMs: cpu(side, "scriptMs"),
    renderMs: cpu(side, "layoutMs") + cpu(side, "styleMs"),
  };
}

const fixed = (value: number | undefined, digits = 1) =>
  value === undefined || Number.isNaN(value)
    ? "–"
    : value.toLocaleString("en-US", {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      });

type Figures = ReturnType<typeof figures>;
const ROWS: [string, keyof Figures, number][] = [
  ["time-to-editable, median (ms)", "editableMs", 0],
  ["keystroke main thread p50 (ms)", "mainP50", 2],
  ["keystroke main thread p95 (ms)", "mainP95", 2],
  ["keystroke main thread p99 (ms)", "mainP99", 2],
  ["keystroke to next frame p50 (ms)", "frameP50", 2],
  ["keystroke to next frame p95 (ms)", "frameP95", 2],
  ["keystroke to next frame p99 (ms)", "frameP99", 2],
  ["page CPU per keystroke, all tasks (ms)", "taskMs", 2],
  ["  of which script (ms)", "scriptMs", 2],
  ["  of which style + layout (ms)", "renderMs", 2],
];

const STEPS: [string, (w: Waterfall) => number | undefined][] = [
  ["HTML first byte", (w) => w.htmlStart],
  ["HTML last byte", (w) => w.htmlEnd],
  ["last script loaded", (w) => w.scriptsEnd],
  ["DOMContentLoaded", (w) => w.domContentLoaded],
  ["hydrated (session started)", (w) => w.hydrated],
  ["collab token requested", (w) => w.tokenStart],
  ["collab token received", (w) => w.tokenEnd],
  ["socket open", (w) => w.socketOpen],
  ["authenticated", (w) => w.authenticated],
  ["first sync done", (w) => w.synced],
  ["editor created", (w) => w.editorCreated],
  ["editable, whole text shown", (w) => w.editable],
];

/** Prints one document size: the comparison, the waterfall of the median loads, and the verdicts. */
export function printSize(result: SizeResult, options: { keystrokes: number; delayMs: number }) {
  const bare = figures(result.bare);
  const ours = figures(result.ours);
  console.log(
    `\n## ${result.words.toLocaleString("en-US")} words: ${result.ours.loads.length} loads, ` +
      `${ours.samples} keystrokes measured (${options.delayMs} ms apart); load average ${result.loadAverage}\n`,
  );
  printTable(
    ["", "bare Tiptap + Yjs", "ours", "ours / bare"],
    [
      ...ROWS.map(([label, key, digits]) => [
        label,
        fixed(bare[key], digits),
        fixed(ours[key], digits),
        `${fixed(ours[key] / bare[key], 2)}×`,
      ]),
      [
        "machine busy while typing (% of all cores)",
        fixed(result.bare.machineBusy, 0),
        fixed(result.ours.machineBusy, 0),
        "",
      ],
    ],
  );

  const bareLoad = medianLoad(result.bare.loads);
  const ourLoad = medianLoad(result.ours.loads);
  console.log("\nWaterfall of the median load (ms from navigation start):\n");
  printTable(
    ["step", "bare", "ours"],
    STEPS.map(([label, step]) => [
      label,
      fixed(bareLoad && step(bareLoad), 0),
      fixed(ourLoad && step(ourLoad), 0),
    ]),
  );
  if (ourLoad)
    console.log(
      `\nOurs: ${ourLoad.scripts} scripts, ${fixed(ourLoad.scriptBytes / 1024, 0)} KiB sent, ` +
        `${fixed(ourLoad.scriptDecodedBytes / 1024, 0)} KiB decoded; all loads (ms): ` +
        result.ours.loads.map((load) => fixed(load.editable, 0)).join(", "),
    );

  const verdict = (pass: boolean) => (pass ? "PASS" : "FAIL");
  const shown = (value: number) => Math.round(value * 100) / 100;
  console.log("");
  for (const [label, key] of [
    ["p50", "mainP50"],
    ["p99", "mainP99"],
  ] as const) {
    const ratio = ours[key] / bare[key];
    console.log(
      `- ${verdict(shown(ratio) <= TARGETS.keystrokeVersusBare)} keystroke ${label} ≤ ${TARGETS.keystrokeVersusBare}× bare: ` +
        `${fixed(ours[key], 2)} ms vs ${fixed(bare[key], 2)} ms (${fixed(ratio, 2)}×)`,
    );
  }
  if (result.words >= TARGETS.editableAtWords)
    console.log(
      `- ${verdict(ours.editableMs <= TARGETS.editableMs)} time-to-editable ≤ ${TARGETS.editableMs} ms: ${fixed(ours.editableMs, 0)} ms`,
    );
}
