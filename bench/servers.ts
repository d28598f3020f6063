/**
 * The collab servers under test, each a child process started the way
 * production starts ours (`node --conditions=react-server --import tsx …`),
 * and what the benchmark reads about them from outside: /health, and
 * /proc/<pid> for memory and CPU time.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { setPriority } from "node:os";
import { fileURLToPath } from "node:url";
import { z } from "zod";

export type ServerKind = "bare" | "ours";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));

const SCRIPTS: Record<ServerKind, string> = {
  ours: "collab/server.ts",
  bare: "bench/bare-server.ts",
};

const ZHealthSchema = z.object({
  documents: z.number(),
  connections: z.number(),
  rssBytes: z.number(),
  heapUsedBytes: z.number(),
  externalBytes: z.number(),
  stores: z.object({ writes: z.number(), skipped: z.number(), failures: z.number() }).optional(),
});
export type Health = z.infer<typeof ZHealthSchema>;

/** Linux reports CPU time in clock ticks of 1/100 s (USER_HZ) on every common architecture. */
const TICKS_PER_SECOND = 100;

export type ServerProcess = {
  kind: ServerKind;
  pid: number;
  url: string;
  health(): Promise<Health>;
  /** VmRSS and VmHWM (the peak) of the process, in bytes. */
  memory(): { rssBytes: number; peakBytes: number };
  /** User + system CPU time the process has used, in seconds. */
  cpuSeconds(): number;
  /** Time its main thread has spent runnable but waiting for a core, in ms. */
  runQueueWaitMs(): number;
  /** The last lines the process printed, to explain a failure. */
  output(): string;
  /** SIGTERM (ours then stores every open document), SIGKILL after 30 s. */
  stop(): Promise<void>;
};

const running = new Set<ChildProcess>();

/** Kills every server still running, for an interrupted benchmark. */
export function killAllServers() {
  for (const child of running) child.kill("SIGKILL");
  running.clear();
}

export async function startServer(
  kind: ServerKind,
  { port, env, profileDir }: { port: number; env: Record<string, string>; profileDir?: string },
): Promise<ServerProcess> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env, COLLAB_PORT: String(port) };
  // One instance, no Redis: the benchmark measures a single server.
  delete childEnv.REDIS_URL;
  const child = spawn(
    process.execPath,
    [
      // One profile per thread (the server's, tsx's loader's), in <dir>/<kind>/.
      ...(profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}/${kind}`] : []),
      "--conditions=react-server",
      "--import",
      "tsx",
      SCRIPTS[kind],
    ],
    { cwd: ROOT, env: childEnv, stdio: ["ignore", "pipe", "pipe"] },
  );
  running.add(child);
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start the ${kind} server`);
  raisePriority(pid);

  const lines: string[] = [];
  const keep = (prefix: string) => (chunk: Buffer) => {
    for (const line of chunk.toString("utf8").split("\n")) {
      if (!line.trim()) continue;
      lines.push(`${prefix}${line}`);
      if (lines.length > 40) lines.shift();
    }
  };
  child.stdout?.on("data", keep(""));
  child.stderr?.on("data", keep("stderr: "));
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => {
      running.delete(child);
      resolve(code);
    }),
  );
  let hasExited = false;
  void exited.then(() => (hasExited = true));

  const base = `http://127.0.0.1:${port}`;
  const health = async () => {
    const response = await fetch(`${base}/health`);
    return ZHealthSchema.parse(await response.json());
  };
  const output = () => lines.join("\n");

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (hasExited) throw new Error(`the ${kind} server exited while starting:\n${output()}`);
    try {
      await health();
      break;
    } catch {
      if (Date.now() > deadline) {
        child.kill("SIGKILL");
        throw new Error(`the ${kind} server did not answer /health:\n${output()}`);
      }
      await sleep(100);
    }
  }

  return {
    kind,
    pid,
    url: `ws://127.0.0.1:${port}`,
    health,
    memory: () => {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      const kib = (field: string) =>
        Number(status.match(new RegExp(`^${field}:\\s+(\\d+)`, "m"))?.[1] ?? 0);
      return { rssBytes: kib("VmRSS") * 1024, peakBytes: kib("VmHWM") * 1024 };
    },
    cpuSeconds: () => processCpuSeconds(pid),
    runQueueWaitMs: () => runQueueWaitMs(pid),
    output,
    stop: async () => {
      if (hasExited) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
      const code = await exited;
      clearTimeout(timer);
      if (code !== 0) console.warn(`  the ${kind} server exited with ${code}:\n${output()}`);
    },
  };
}

/**
 * Runs a process of the benchmark ahead of other work on the machine (nice
 * -10), where allowed: on a shared 2-core machine, other processes' bursts
 * otherwise show up as latency. Does nothing without the privilege.
 */
export function raisePriority(pid = 0) {
  try {
    setPriority(pid, -10);
    return true;
  } catch {
    return false;
  }
}

/** utime + stime of a process, from /proc/<pid>/stat. */
export function processCpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // Fields after "(comm) ": state is field 3, utime 14, stime 15.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

/**
 * How long a process's main thread has waited for a core while runnable, in
 * ms (/proc/<pid>/schedstat): what other work on the machine cost it.
 */
export function runQueueWaitMs(pid: number): number {
  const [, waitingNs] = readFileSync(`/proc/${pid}/schedstat`, "utf8").trim().split(/\s+/);
  return Number(waitingNs ?? 0) / 1e6;
}

/** Busy and total CPU time of the whole machine (all cores), from /proc/stat, in ticks. */
export function machineCpu(): { busy: number; total: number } {
  const line = readFileSync("/proc/stat", "utf8").split("\n")[0] ?? "";
  const values = line.trim().split(/\s+/).slice(1, 9).map(Number);
  const total = values.reduce((sum, value) => sum + value, 0);
  const idle = (values[3] ?? 0) + (values[4] ?? 0);
  return { busy: total - idle, total };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Waits until the machine has been nearly idle (under `busyPercent` of all
 * cores) for three seconds in a row, or `maxWaitMs` has passed: the figures
 * mean little while other processes are using the cores. Returns the last
 * busy percentage seen.
 */
export async function waitForQuietMachine({ busyPercent = 25, maxWaitMs = 180_000 } = {}) {
  const deadline = Date.now() + maxWaitMs;
  let quietSeconds = 0;
  let busy = 100;
  let previous = machineCpu();
  while (quietSeconds < 3) {
    if (Date.now() > deadline) {
      console.warn(`  the machine stayed busy (${busy.toFixed(0)}%); running anyway`);
      return busy;
    }
    await sleep(1_000);
    const now = machineCpu();
    busy = ((now.busy - previous.busy) / Math.max(1, now.total - previous.total)) * 100;
    previous = now;
    quietSeconds = busy < busyPercent ? quietSeconds + 1 : 0;
  }
  return busy;
}
