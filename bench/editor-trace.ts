/**
 * Reads a Chrome trace of a typing run (`npm run bench:editor -- --profile
 * DIR` saves one beside each .cpuprofile) and prints where each keystroke's
 * main-thread time went, as the benchmark measures it: from the keydown
 * task's start to the probe's setTimeout(0) firing (bench/editor-page.ts).
 *
 * - the keydown task by trace event (exclusive time: key events, input
 *   events, microtasks, style, layout, timers…), averaged per keystroke;
 * - the other tasks that ran before the probe's timer (a frame, a message);
 * - the slowest 3 % of windows (the tail p99 measures) by trace event;
 * - with the run's .cpuprofile, script self time by function inside those
 *   windows (both clocks are the browser's monotonic clock, in µs).
 *
 * Runnable alone: `npx tsx bench/editor-trace.ts RUN.trace.json [RUN.cpuprofile]`.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { ZProfile } from "./editor-profile";

const ZEvent = z.object({
  name: z.string(),
  ph: z.string(),
  ts: z.number().optional(),
  dur: z.number().optional(),
  pid: z.number(),
  tid: z.number(),
  args: z
    .object({
      data: z
        .object({ type: z.string().optional(), timerId: z.number().optional() })
        .passthrough()
        .optional(),
    })
    .passthrough()
    .optional(),
});
type TraceEvent = z.infer<typeof ZEvent>;

type Span = { name: string; start: number; end: number; event: TraceEvent; children: Span[] };

/** The thread's complete events, nested by time. */
function spansOf(events: TraceEvent[]): Span[] {
  const flat: Span[] = events
    .filter((event) => event.ph === "X" && event.ts !== undefined)
    .map((event) => ({
      name: event.name,
      start: event.ts ?? 0,
      end: (event.ts ?? 0) + (event.dur ?? 0),
      event,
      children: [],
    }));
  flat.sort((a, b) => a.start - b.start || b.end - a.end);
  const roots: Span[] = [];
  const stack: Span[] = [];
  for (const span of flat) {
    while (stack.length && stack[stack.length - 1]!.end <= span.start) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent && span.end <= parent.end) parent.children.push(span);
    else roots.push(span);
    stack.push(span);
  }
  return roots;
}

/** The scheduler's tasks: what runs between two turns of the event loop. */
function tasksOf(roots: Span[]): Span[] {
  const tasks: Span[] = [];
  const visit = (span: Span) => {
    if (span.name === TASK) tasks.push(span);
    else span.children.forEach(visit);
  };
  roots.forEach(visit);
  return tasks;
}
// The outer task event: microtasks run after the scheduler's own (ThreadControllerImpl::RunTask) ends.
const TASK = "RunTask";

function walk(span: Span, visit: (span: Span) => void) {
  visit(span);
  for (const child of span.children) walk(child, visit);
}

/** Adds each span's exclusive time (its duration less its children's) under its name. */
function exclusive(span: Span, into: Map<string, number>) {
  walk(span, (each) => {
    const own = each.end - each.start - each.children.reduce((sum, c) => sum + c.end - c.start, 0);
    const name =
      each.name === "EventDispatch" ? `EventDispatch(${each.event.args?.data?.type})` : each.name;
    into.set(name, (into.get(name) ?? 0) + own);
  });
}

const top = (map: Map<string, number>, divide: number, count = 20) =>
  [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, us]) => `    ${(us / divide / 1_000).toFixed(3).padStart(8)} ms  ${name}`)
    .join("\n");

/** Prints the per-keystroke breakdown of a typing trace (and of its CPU profile, if given). */
export function summarizeKeystrokeTasks(traceFile: string, profileFile?: string) {
  const raw: unknown = JSON.parse(readFileSync(traceFile, "utf8"));
  const list = Array.isArray(raw) ? raw : (raw as { traceEvents: unknown[] }).traceEvents;
  const events = list.flatMap((item) => {
    const parsed = ZEvent.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
  const keydowns = events.filter(
    (event) => event.name === "EventDispatch" && event.args?.data?.type === "keydown",
  );
  if (!keydowns.length) return console.log(`\nTrace ${traceFile}: no keydown events`);
  const { pid, tid } = keydowns[0]!;
  const thread = events.filter((event) => event.pid === pid && event.tid === tid);
  const spans = tasksOf(spansOf(thread));
  // Timer installs are instant events: the probe's is the first inside the keydown's dispatch.
  const installs = thread
    .filter((event) => event.name === "TimerInstall")
    .map((event) => ({ ts: event.ts ?? 0, id: event.args?.data?.timerId }))
    .sort((a, b) => a.ts - b.ts);
  const firesByTimer = new Map<number, number>();
  for (const root of spans)
    walk(root, (span) => {
      const id = span.event.args?.data?.timerId;
      if (span.name === "TimerFire" && id !== undefined && !firesByTimer.has(id))
        firesByTimer.set(id, span.start);
    });

  const inTask = new Map<string, number>();
  let taskUs = 0;
  let betweenUs = 0;
  const between = new Map<string, number>();
  const windows: Array<[number, number]> = [];
  /** Each window's tasks: the keydown's and those before the probe's timer. */
  const windowTasks: Span[][] = [];
  let measured = 0;
  for (const [index, root] of spans.entries()) {
    let keydown: Span | undefined;
    walk(root, (span) => {
      if (span.name === "EventDispatch" && span.event.args?.data?.type === "keydown")
        keydown ??= span;
    });
    if (!keydown) continue;
    const { start, end } = keydown;
    // The probe's timer is the first one the keydown task installs (its listener runs first).
    const timerId = installs.find((install) => install.ts >= start && install.ts <= end)?.id;
    const fired = timerId === undefined ? undefined : firesByTimer.get(timerId);
    if (fired === undefined) continue;
    measured++;
    exclusive(root, inTask);
    taskUs += root.end - root.start;
    windows.push([root.start, fired]);
    const tasks = [root];
    for (const later of spans.slice(index + 1)) {
      if (later.start >= fired) break;
      exclusive(later, between);
      betweenUs += later.end - later.start;
      tasks.push(later);
    }
    windowTasks.push(tasks);
  }
  const windowUs = windows.map(([start, end]) => end - start).sort((a, b) => a - b);
  const median = windowUs[Math.floor(windowUs.length / 2)] ?? 0;
  console.log(
    `\nKeystrokes in ${path.basename(traceFile)}: ${measured}, task start → probe timer median ${(median / 1_000).toFixed(2)} ms`,
  );
  const ms = (us: number) => (us / measured / 1_000).toFixed(2);
  console.log(
    `  the keydown task, ${ms(taskUs)} ms per keystroke, by event (exclusive):\n${top(inTask, measured)}`,
  );
  console.log(
    `  other tasks before the probe's timer, ${ms(betweenUs)} ms per keystroke:\n${top(between, measured, 10)}`,
  );

  printTail(windows, windowTasks);

  if (!profileFile || !existsSync(profileFile)) return;
  const profile = ZProfile.parse(JSON.parse(readFileSync(profileFile, "utf8")));
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parentOf.set(child, node.id);
  const label = (id: number) => {
    const frame = byNode.get(id)?.callFrame;
    if (!frame) return "?";
    const script = frame.url ? frame.url.split("/").pop() || frame.url : "(native)";
    return `${frame.functionName || "(anonymous)"} ${script}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let time = profile.startTime;
  let window = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    time += delta;
    while (window < windows.length && windows[window]![1] < time) window++;
    const current = windows[window];
    if (!current || time < current[0]) return;
    const name = label(id);
    if (name.startsWith("(idle)") || name.startsWith("(program)")) return;
    self.set(name, (self.get(name) ?? 0) + delta);
    const seen = new Set<string>();
    for (let node: number | undefined = id; node !== undefined; node = parentOf.get(node)) {
      const each = label(node);
      if (seen.has(each)) continue;
      seen.add(each);
      total.set(each, (total.get(each) ?? 0) + delta);
    }
  });
  console.log(
    `  script inside those windows, self time per keystroke:\n${top(self, measured, 25)}`,
  );
  console.log(`  …and total (with callees) per keystroke:\n${top(total, measured, 40)}`);
}

/** The slowest 3 % of keystroke windows, where p99 falls, by trace event. */
function printTail(windows: Array<[number, number]>, windowTasks: Span[][]) {
  const lengths = windows.map(([start, end]) => end - start);
  const cutoff = [...lengths].sort((a, b) => a - b)[Math.floor(lengths.length * 0.97)] ?? 0;
  const tail = lengths.flatMap((length, i) => (length >= cutoff ? [i] : []));
  const events = new Map<string, number>();
  for (const i of tail) for (const task of windowTasks[i] ?? []) exclusive(task, events);
  const sizes = tail.map((i) => ((lengths[i] ?? 0) / 1_000).toFixed(1)).join(", ");
  console.log(
    `  the slowest 3 % of windows (${tail.length}: ${sizes} ms), all their tasks by event, per window:\n${top(events, tail.length, 12)}`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const [trace, profile] = process.argv.slice(2);
  if (trace) summarizeKeystrokeTasks(trace, profile);
}
