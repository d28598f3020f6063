/**
 * The app as the editor benchmark measures it: the production build, served
 * by scripts/app-server.mjs, and the collab server, started as the e2e runner
 * (scripts/e2e.mjs) starts them, on free ports, against the benchmark's
 * database. Each runs in its own process group, stopped with SIGTERM.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { appProcess, bin, COLLAB_PROCESS, ROOT } from "@/scripts/launcher.mjs";
import { freePort } from "@/test/support/collab";
import { sleep } from "./servers";

/** `next build`, as `npm run build` does after generating the Prisma client (npm ci did that). */
export async function buildApp(): Promise<void> {
  const code = await new Promise<number>((resolve) => {
    const child = spawn(bin("next"), ["build"], {
      cwd: ROOT,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "ignore", "inherit"],
    });
    child.on("exit", (exitCode) => resolve(exitCode ?? 1));
    child.on("error", () => resolve(1));
  });
  if (code !== 0) throw new Error(`next build failed (exit ${code})`);
}

export type RunningApp = {
  baseUrl: string;
  collabUrl: string;
  /** The two servers' process ids (app, collab). */
  pids: number[];
  stop(): Promise<void>;
};

const running = new Set<ChildProcess>();

/** SIGKILLs the servers' process groups, for an interrupted benchmark. */
export function killApp() {
  for (const child of running) if (child.pid) signalGroup(child.pid, "SIGKILL");
}

function signalGroup(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

/** Starts the collab server and the app (already built) and waits until both answer their health checks. */
export async function startApp(databaseUrl: string, authSecret: string): Promise<RunningApp> {
  const [port, collabPort] = [await freePort(), await freePort()];
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: authSecret,
    APP_URL: baseUrl,
    COLLAB_PORT: String(collabPort),
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
  };
  delete env.REDIS_URL; // one collab instance
  const app = appProcess(["--port", String(port), "--hostname", "127.0.0.1"]);
  const children = [
    { ...COLLAB_PROCESS, health: `http://127.0.0.1:${collabPort}/health` },
    { ...app, health: `${baseUrl}/api/health` },
  ].map((spec) => {
    const lines: string[] = [];
    const child = spawn(spec.command, spec.args, {
      cwd: ROOT,
      env,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const keep = (chunk: Buffer) => {
      lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
      lines.splice(0, Math.max(0, lines.length - 30));
    };
    child.stdout?.on("data", keep);
    child.stderr?.on("data", keep);
    running.add(child);
    child.once("exit", () => running.delete(child));
    return { spec, child, lines };
  });

  const stop = async () => {
    await Promise.all(
      children.map(({ child }) => {
        if (child.exitCode !== null || child.signalCode !== null || !child.pid)
          return Promise.resolve();
        const pid = child.pid;
        return new Promise<void>((resolve) => {
          const timer = setTimeout(() => signalGroup(pid, "SIGKILL"), 10_000);
          child.once("exit", () => {
            clearTimeout(timer);
            resolve();
          });
          signalGroup(pid, "SIGTERM");
        });
      }),
    );
  };

  try {
    for (const { spec, child, lines } of children) {
      const deadline = Date.now() + 90_000;
      for (;;) {
        if (child.exitCode !== null)
          throw new Error(`${spec.name} exited while starting:\n${lines.join("\n")}`);
        const ok = await fetch(spec.health, { signal: AbortSignal.timeout(2_000) })
          .then((response) => response.ok)
          .catch(() => false);
        if (ok) break;
        if (Date.now() > deadline)
          throw new Error(`${spec.name} did not answer ${spec.health}:\n${lines.join("\n")}`);
        await sleep(250);
      }
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    baseUrl,
    collabUrl: `ws://127.0.0.1:${collabPort}`,
    pids: children.map(({ child }) => child.pid ?? 0),
    stop,
  };
}
