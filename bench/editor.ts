/**
 * Editor benchmark: `npm run bench:editor [-- options]`. See docs/benchmarks.md.
 *
 * Builds the app (`next build`), starts it and the collab server as the e2e
 * runner does against a fresh database, and drives Debian's Chromium
 * (headless, Playwright's library API) on sections of 100 and 10,000 words
 * while five co-editors (HocuspocusProviders in this process, each a member
 * with a valid collab token) type 2 characters a second each. Measures, for
 * ours and for a bare Tiptap + Yjs editor served beside it
 * (bench/editor-bare.ts) in the same browser:
 *
 * - time-to-editable: navigation start until the editor is editable with the
 *   whole text on screen, median of --loads fresh loads (cold browser
 *   context each), with the waterfall of the median load;
 * - keystroke cost: --keystrokes real key events at the end of the text;
 *   keydown to the end of its task (main thread) and to the next frame,
 *   p50/p95/p99, and page CPU per keystroke (DevTools Performance metrics).
 *
 * A report, not a test: prints PASS/FAIL against the targets and exits 0.
 *
 * Options: --sizes 100,10000; --loads N (3); --keystrokes N (300);
 * --delay MS between keystrokes (50); --rounds N (typing runs per side,
 * alternating, pooled; 1); --coeditors N (5); --rate chars/s per co-editor (2);
 * --skip-build (reuse .next); --profile DIR (a .cpuprofile of each typing run
 * and a Chrome trace of each side's last load).
 */
import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium, type Browser, type BrowserContext } from "@playwright/test";
import { createTestDatabase, type TestDatabase } from "@/test/support/database";
import { CHROMIUM, CHROMIUM_ARGS, ensureBrowser } from "@/scripts/ensure-browser.mjs";
import { buildApp, killApp, startApp, type RunningApp } from "./editor-app";
import { startBareServer, type BareServer } from "./editor-bare";
import { CoEditor } from "./editor-coeditors";
import { benchDocumentUpdate, SENTINEL } from "./editor-document";
import { addProbe, measureKeystrokes, measureLoad, type Waterfall } from "./editor-page";
import { printSize, type EditorSide, type SizeResult } from "./editor-report";
import { summarizeProfile } from "./editor-profile";
import { summarizeKeystrokeTasks } from "./editor-trace";
import { machineCpu, sleep } from "./servers";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "100,10000" },
    loads: { type: "string", default: "3" },
    keystrokes: { type: "string", default: "300" },
    delay: { type: "string", default: "50" },
    rounds: { type: "string", default: "1" },
    coeditors: { type: "string", default: "5" },
    rate: { type: "string", default: "2" },
    "skip-build": { type: "boolean", default: false },
    profile: { type: "string" },
  },
});
const positive = (name: string, value: string | undefined) => {
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0) throw new Error(`--${name} must be a number ≥ 0`);
  return number;
};
const SIZES = (values.sizes ?? "").split(",").map((size) => positive("sizes", size));
const LOADS = Math.max(1, positive("loads", values.loads));
const KEYSTROKES = Math.max(10, positive("keystrokes", values.keystrokes));
const DELAY_MS = positive("delay", values.delay);
const ROUNDS = Math.max(1, positive("rounds", values.rounds));
const CO_EDITORS = positive("coeditors", values.coeditors);
const RATE = positive("rate", values.rate);
const WARM_UP_KEYSTROKES = 20;
const PROFILE_DIR = values.profile ? path.resolve(values.profile) : undefined;

let database: TestDatabase | undefined;
let app: RunningApp | undefined;
let bare: BareServer | undefined;
let browser: Browser | undefined;
const coEditors: CoEditor[] = [];
let cleaningUp: Promise<void> | undefined;
const cleanUp = () =>
  (cleaningUp ??= (async () => {
    for (const coEditor of coEditors.splice(0)) coEditor.destroy();
    await browser?.close().catch(() => {});
    await bare?.close().catch(() => {});
    await app?.stop().catch(() => {});
    const cache = globalThis as { foreword?: { $disconnect(): Promise<void> } };
    await cache.foreword?.$disconnect().catch(() => {});
    await database
      ?.drop()
      .catch((error: unknown) => console.error("dropping the database failed", error));
  })());
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the servers and dropping the database`);
    killApp();
    void cleanUp().then(() => process.exit(0));
  });
}

try {
  await main();
} catch (error) {
  console.error(error);
} finally {
  await cleanUp();
}
process.exit(0);

async function main() {
  const log = (message: string) => console.log(`[bench] ${message}`);
  if (!values["skip-build"]) {
    const started = Date.now();
    log("next build…");
    await buildApp();
    log(`built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  await ensureBrowser(log);
  database = await createTestDatabase({ prefix: "foreword_bench" });
  if (database.kind === "embedded")
    throw new Error(
      "The benchmark needs a PostgreSQL server (PGlite serves one connection at a time).",
    );
  const authSecret = randomBytes(36).toString("base64url");
  process.env.DATABASE_URL = database.url;
  process.env.AUTH_SECRET = authSecret;

  // Imported once the environment points at the benchmark's database.
  const { signUp, member, initiativeFor, PASSWORD } = await import("@/test/support/factories");
  const { db } = await import("@/server/db");
  const { signCollabToken } = await import("@/server/collab/collab-token");
  const { sectionDocumentName } = await import("@/lib/collab-document");
  const { snapshotOf } = await import("@/editor/document");
  const Y = await import("yjs");

  const owner = await signUp("Bench Owner");
  const people: Awaited<ReturnType<typeof member>>[] = [];
  for (let i = 1; i <= CO_EDITORS; i++)
    people.push(await member(owner.workspaceId, "EDITOR", `Co-editor ${i}`));
  const documents = new Map<number, Uint8Array>();
  for (const words of SIZES) documents.set(words, benchDocumentUpdate(words));
  /**
   * A new press release holding the seeded document of `words` words. Every
   * measured page gets its own: the co-editors' paragraphs and the text typed
   * into one page would otherwise stay in the document the next page opens,
   * while the bare page starts from the seeded document every time.
   */
  let copies = 0;
  const freshSection = async (words: number) => {
    const update = documents.get(words) ?? benchDocumentUpdate(words);
    const initiative = await initiativeFor(owner, `Bench ${words} words #${++copies}`);
    const section = initiative.section("PRESS_RELEASE");
    const doc = new Y.Doc();
    Y.applyUpdate(doc, update);
    const snapshot = snapshotOf(doc);
    await db().section.update({
      where: { id: section.id },
      data: {
        ydoc: new Uint8Array(update),
        content: snapshot.json as object,
        text: snapshot.text,
        wordCount: snapshot.wordCount,
      },
    });
    return {
      id: section.id,
      path: `/w/${owner.workspaceId}/i/${initiative.id}/press-release`,
    };
  };

  app = await startApp(database.url, authSecret);
  bare = await startBareServer(documents);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  log(`app ${app.baseUrl}, bare editor ${bare.url}, Chromium ${browser.version()}`);

  // Signed in once through the form; every measured load starts from a fresh context with that session.
  const signIn = await browser.newContext();
  const signInPage = await signIn.newPage();
  await signInPage.goto(`${app.baseUrl}/sign-in`);
  await signInPage.getByLabel("Email").fill(owner.email);
  await signInPage.getByLabel("Password").fill(PASSWORD);
  await signInPage.getByRole("button", { name: "Sign in" }).click();
  await signInPage.waitForURL(/\/w\/[^/]+/);
  const storageState = await signIn.storageState();
  await signIn.close();

  const fresh = async (): Promise<BrowserContext> => {
    const context = await browser!.newContext({
      storageState,
      viewport: { width: 1280, height: 900 },
    });
    await addProbe(context, SENTINEL);
    return context;
  };
  if (PROFILE_DIR) mkdirSync(PROFILE_DIR, { recursive: true });

  const results: SizeResult[] = [];
  for (const [s, words] of SIZES.entries()) {
    /**
     * Opens `kind`'s page for a load or a typing run. Both sides see the
     * co-editors start typing as the page opens: ours on a fresh copy of the
     * document (the co-editors connect to it first), the bare page in its own
     * simulation.
     */
    const openPage = async (kind: "bare" | "ours") => {
      for (const coEditor of coEditors.splice(0)) coEditor.destroy();
      const section = await freshSection(words);
      for (const [i, person] of people.entries())
        coEditors.push(
          new CoEditor({
            url: app!.collabUrl,
            documentName: sectionDocumentName(section.id),
            user: { id: person.id, name: person.name },
            token: async () =>
              (await signCollabToken({ userId: person.id, sectionId: section.id })).token,
            localAddress: `127.3.${s}.${i + 1}`,
            index: i,
          }),
        );
      await Promise.race([
        Promise.all(coEditors.map((coEditor) => coEditor.ready)),
        sleep(30_000).then(() => {
          throw new Error("the co-editors did not connect and sync within 30 s");
        }),
      ]);
      for (const coEditor of coEditors) coEditor.startTyping(RATE);
      const context = await fresh();
      const page = await context.newPage();
      const url =
        kind === "ours"
          ? `${app!.baseUrl}${section.path}`
          : `${bare!.url}/?words=${words}&coeditors=${CO_EDITORS}&rate=${RATE}`;
      return { context, page, url };
    };

    const sides: Record<"bare" | "ours", EditorSide> = {
      bare: { loads: [], keystrokes: [], machineBusy: 0 },
      ours: { loads: [], keystrokes: [], machineBusy: 0 },
    };

    for (const kind of ["bare", "ours"] as const) {
      // One unmeasured load first: the servers' first request of a route compiles and caches.
      for (let load = 0; load <= LOADS; load++) {
        const { context, page, url } = await openPage(kind);
        const tracing = PROFILE_DIR && load === LOADS;
        if (tracing)
          await browser.startTracing(page, {
            path: path.join(PROFILE_DIR, `load-${kind}-${words}.json`),
          });
        const waterfall: Waterfall = await measureLoad(page, url);
        if (tracing) await browser.stopTracing();
        if (load > 0) sides[kind].loads.push(waterfall);
        await context.close();
      }
      log(
        `${words} words, ${kind}: loads ${sides[kind].loads.map((load) => load.editable.toFixed(0)).join(", ")} ms`,
      );
    }

    const busy = { bare: { busy: 0, total: 0 }, ours: { busy: 0, total: 0 } };
    for (let round = 0; round < ROUNDS; round++) {
      for (const kind of ["bare", "ours"] as const) {
        const { context, page, url } = await openPage(kind);
        await measureLoad(page, url);
        await sleep(1_000); // let the load's tail (idle callbacks, prefetches) pass
        const run = PROFILE_DIR && path.join(PROFILE_DIR, `typing-${kind}-${words}-${round + 1}`);
        const profilePath = run ? `${run}.cpuprofile` : undefined;
        const tracePath = run ? `${run}.trace.json` : undefined;
        const before = machineCpu();
        const result = await measureKeystrokes(page, {
          sentinel: SENTINEL,
          keystrokes: KEYSTROKES,
          warmUp: WARM_UP_KEYSTROKES,
          delayMs: DELAY_MS,
          profilePath,
          tracePath,
        });
        const after = machineCpu();
        busy[kind].busy += after.busy - before.busy;
        busy[kind].total += after.total - before.total;
        sides[kind].keystrokes.push(result);
        if (profilePath && tracePath) {
          summarizeProfile(profilePath, `${kind}, ${words} words`);
          summarizeKeystrokeTasks(tracePath, profilePath);
        }
        await context.close();
      }
    }
    for (const kind of ["bare", "ours"] as const)
      sides[kind].machineBusy = (busy[kind].busy / Math.max(1, busy[kind].total)) * 100;

    for (const coEditor of coEditors.splice(0)) coEditor.destroy();
    results.push({
      words,
      bare: sides.bare,
      ours: sides.ours,
      loadAverage: loadavg()
        .map((value) => value.toFixed(2))
        .join(" "),
    });
  }

  console.log(
    `\n# Editor benchmark: ${CO_EDITORS} co-editors at ${RATE} char/s each, headless Chromium ${browser.version()}, ` +
      `${KEYSTROKES} keystrokes × ${ROUNDS} round(s) per side`,
  );
  for (const result of results) printSize(result, { keystrokes: KEYSTROKES, delayMs: DELAY_MS });
}
