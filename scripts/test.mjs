#!/usr/bin/env node
// `npm test`: every check, fastest first, stopping at the first failure —
// lint and types, unit, integration (real PostgreSQL, or embedded PGlite on a
// machine with none), production build, end-to-end (real Chromium).
// `npm test -- --skip=e2e,build` skips steps by name.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = (name) => path.join(root, "node_modules", ".bin", name);

const STEPS = [
  { name: "lint", command: bin("eslint"), args: [".", "--max-warnings", "0"] },
  { name: "format", command: bin("prettier"), args: ["--check", "--log-level", "warn", "."] },
  { name: "types", command: "npm", args: ["run", "--silent", "typecheck"] },
  { name: "unit", command: bin("vitest"), args: ["run", "--project", "unit"] },
  { name: "integration", command: bin("vitest"), args: ["run", "--project", "integration"] },
  { name: "build", command: "npm", args: ["run", "--silent", "build"] },
  { name: "e2e", command: "node", args: ["scripts/e2e.mjs"] },
];

const skip = new Set(
  process.argv
    .filter((arg) => arg.startsWith("--skip="))
    .flatMap((arg) => arg.slice("--skip=".length).split(",")),
);

function run({ command, args }) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    child.on("exit", (code, signal) => resolve(signal ? 1 : (code ?? 1)));
  });
}

const timings = [];
for (const step of STEPS) {
  if (skip.has(step.name)) continue;
  console.log(`\n▶ ${step.name}`);
  const started = performance.now();
  const code = await run(step);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  timings.push(`${step.name} ${seconds}s`);
  if (code !== 0) {
    console.error(`\n✖ ${step.name} failed (exit ${code}) after ${seconds}s`);
    process.exit(code);
  }
}
console.log(`\n✔ all checks passed: ${timings.join(" · ")}`);
