/**
 * Reads a CPU profile saved by `npm run bench:editor -- --profile DIR` and
 * prints where the time went: self time by script and by function (the
 * production bundles are minified: the script and column locate a function
 * in .next/static/chunks). Also runnable alone:
 * `npx tsx bench/editor-profile.ts FILE.cpuprofile`.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/** A V8 CPU profile (DevTools' Profiler.stop), as far as the benchmark reads it. */
export const ZProfile = z.object({
  nodes: z.array(
    z.object({
      id: z.number(),
      children: z.array(z.number()).optional(),
      callFrame: z.object({
        functionName: z.string(),
        url: z.string(),
        lineNumber: z.number(),
        columnNumber: z.number(),
      }),
    }),
  ),
  /** µs on the browser's monotonic clock, as trace events' timestamps. */
  startTime: z.number(),
  samples: z.array(z.number()),
  timeDeltas: z.array(z.number()),
});

const IDLE = new Set(["(idle)", "(program)"]);

/** Prints the top self times of a .cpuprofile file. */
export function summarizeProfile(file: string, title = path.basename(file), top = 20) {
  const profile = ZProfile.parse(JSON.parse(readFileSync(file, "utf8")));
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) =>
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)),
  );
  const byFunction = new Map<string, number>();
  const byScript = new Map<string, number>();
  let busyUs = 0;
  for (const [id, us] of selfUs) {
    const frame = byNode.get(id)?.callFrame;
    if (!frame || IDLE.has(frame.functionName)) continue;
    busyUs += us;
    const script = frame.url ? frame.url.split("/").pop() || frame.url : "(native)";
    const name = `${frame.functionName || "(anonymous)"} ${script}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + us);
    byScript.set(script, (byScript.get(script) ?? 0) + us);
  }
  const list = (map: Map<string, number>) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => `    ${(us / 1_000).toFixed(1).padStart(8)} ms  ${name}`)
      .join("\n");
  console.log(`\nProfile (${title}): ${(busyUs / 1_000).toFixed(0)} ms busy`);
  console.log(`  by script:\n${list(byScript)}`);
  console.log(`  by function (self time):\n${list(byFunction)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  for (const file of process.argv.slice(2)) summarizeProfile(file);
}
