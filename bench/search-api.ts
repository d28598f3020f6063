/**
 * The search API end to end (`npm run bench:search -- --api`): the production
 * build (run `npm run build` first) served as in production, a signed-in
 * owner's GET /api/search?workspace=…&q=…&limit=8 as the palette sends it,
 * against GET /api/health (no session, one query) as the floor of a request.
 */
import { chromium } from "@playwright/test";
import { CHROMIUM, CHROMIUM_ARGS, ensureBrowser } from "@/scripts/ensure-browser.mjs";
import { startApp } from "./editor-app";
import { percentile } from "./report";
import { processCpuSeconds } from "./servers";

export type ApiRun = { label: string; ms: number[]; appCpuMsPerRequest: number };

export async function measureApi({
  databaseUrl,
  authSecret,
  email,
  password,
  workspaceId,
  queries,
  limit,
  log,
}: {
  databaseUrl: string;
  authSecret: string;
  email: string;
  password: string;
  workspaceId: string;
  queries: string[];
  limit: number;
  log: (message: string) => void;
}): Promise<ApiRun[]> {
  await ensureBrowser(log);
  const app = await startApp(databaseUrl, authSecret);
  try {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.baseUrl}/sign-in`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/w\/[^/]+/);
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    await browser.close();

    const appPid = app.pids[1] ?? 0;
    const run = async (label: string, url: (q: string) => string, headers: HeadersInit) => {
      for (const q of queries.slice(0, 5)) await (await fetch(url(q), { headers })).arrayBuffer();
      const cpu = processCpuSeconds(appPid);
      const ms: number[] = [];
      for (const q of queries) {
        const started = performance.now();
        const response = await fetch(url(q), { headers });
        await response.arrayBuffer();
        if (!response.ok) throw new Error(`${label}: ${response.status}`);
        ms.push(performance.now() - started);
      }
      const appCpuMsPerRequest = ((processCpuSeconds(appPid) - cpu) * 1000) / queries.length;
      return { label, ms: ms.sort((a, b) => a - b), appCpuMsPerRequest };
    };
    const search = (q: string) =>
      `${app.baseUrl}/api/search?${new URLSearchParams({ workspace: workspaceId, q, limit: String(limit) })}`;
    return [
      await run("GET /api/search", search, { cookie }),
      await run("GET /api/health", () => `${app.baseUrl}/api/health`, {}),
    ];
  } finally {
    await app.stop();
  }
}

/** One line per run: p50/p95/p99 and the app server's CPU per request. */
export function apiRow(run: ApiRun): string[] {
  return [
    run.label,
    String(run.ms.length),
    percentile(run.ms, 50).toFixed(1),
    percentile(run.ms, 95).toFixed(1),
    percentile(run.ms, 99).toFixed(1),
    run.appCpuMsPerRequest.toFixed(1),
  ];
}
