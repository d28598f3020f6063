/**
 * What the editor benchmark measures inside a page: an init script that
 * times every keystroke and watches for the editor becoming editable with
 * the whole text on screen, and the helpers that read those figures (and the
 * load waterfall) back out through Playwright and the DevTools protocol.
 */
import { writeFileSync } from "node:fs";
import type { BrowserContext, CDPSession, Page } from "@playwright/test";

/** What the init script keeps on `window.__editorBench`. */
type Probe = {
  /** keydown → a setTimeout(0) queued in a capture-phase keydown listener: the main-thread cost. */
  mainThreadMs: number[];
  /** keydown → a setTimeout(0) queued in the next animation frame: until the next frame. */
  frameMs: number[];
  /** performance.now() when the editor was first editable with the sentinel on screen. */
  editableAt?: number;
};

declare global {
  interface Window {
    __editorBench?: Probe;
  }
}

/** Runs in every page of the context before its own scripts. */
function installProbe(sentinel: string) {
  const probe: Probe = { mainThreadMs: [], frameMs: [] };
  window.__editorBench = probe;
  window.addEventListener(
    "keydown",
    (event) => {
      const t0 = event.timeStamp;
      setTimeout(() => probe.mainThreadMs.push(performance.now() - t0), 0);
      requestAnimationFrame(() => setTimeout(() => probe.frameMs.push(performance.now() - t0), 0));
    },
    { capture: true },
  );
  // Once a frame, from the end: the sentinel ends the seeded text, and after it come only the
  // co-editors' short paragraphs (a few per page opened so far).
  const check = () => {
    const editor = document.querySelector('.ProseMirror[contenteditable="true"]');
    for (let block = editor?.lastElementChild; block; block = block.previousElementSibling) {
      if (block.textContent?.includes(sentinel)) {
        probe.editableAt = performance.now();
        return;
      }
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/** Installs the probe in every page the context opens. */
export async function addProbe(context: BrowserContext, sentinel: string) {
  // tsx compiles this file with esbuild's keepNames, which wraps named functions in
  // __name(...) calls; functions sent to the page (this one, page.evaluate's) need it defined there.
  await context.addInitScript({
    content:
      `globalThis.__name ??= (fn) => fn;\n` +
      `(${installProbe.toString()})(${JSON.stringify(sentinel)});`,
  });
}

/** Steps of one load, in ms since navigation start; absent steps are undefined. */
export type Waterfall = {
  /** First byte of the HTML. */
  htmlStart: number;
  /** Last byte of the HTML. */
  htmlEnd: number;
  /** The last script of the first load arrived. */
  scriptsEnd?: number;
  scripts: number;
  /** Bytes of JavaScript, as sent (compressed) and decoded. */
  scriptBytes: number;
  scriptDecodedBytes: number;
  domContentLoaded: number;
  /** The session's first effect ran (hydration done). */
  hydrated?: number;
  tokenStart?: number;
  tokenEnd?: number;
  socketOpen?: number;
  authenticated?: number;
  synced?: number;
  editorCreated?: number;
  editable: number;
};

/** Opens `url` in `page` and waits for the editor to be editable with the whole text; returns the waterfall. */
export async function measureLoad(page: Page, url: string, timeoutMs = 60_000): Promise<Waterfall> {
  const messages: string[] = [];
  page.on("console", (message) => messages.push(`console.${message.type()}: ${message.text()}`));
  page.on("pageerror", (error) => messages.push(`error: ${error.message}`));
  await page.goto(url, { waitUntil: "commit" });
  try {
    await page.waitForFunction(() => window.__editorBench?.editableAt !== undefined, undefined, {
      timeout: timeoutMs,
      polling: 100,
    });
  } catch (error) {
    // Say what the page was doing: its marks, its status, what it logged.
    const state = await page
      .evaluate(() => ({
        marks: performance.getEntriesByType("mark").map((mark) => mark.name),
        status: document.querySelector('[role="status"]')?.textContent,
        editor: document.querySelector(".ProseMirror")?.getAttribute("contenteditable"),
      }))
      .catch(() => undefined);
    throw new Error(
      `${url} was not editable within ${timeoutMs} ms: ${JSON.stringify(state)}\n${messages.slice(-20).join("\n")}`,
      { cause: error },
    );
  }
  return page.evaluate(() => {
    const navigation = performance.getEntriesByType("navigation")[0] as
      PerformanceNavigationTiming | undefined;
    const mark = (name: string) =>
      performance.getEntriesByName(`foreword:${name}`, "mark")[0]?.startTime;
    const resources = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
    const token = resources.find((entry) => entry.name.includes("/api/collab-token"));
    const scripts = resources.filter(
      (entry) => entry.initiatorType === "script" || /\.m?js(\?|$)/.test(entry.name),
    );
    const editable = window.__editorBench?.editableAt ?? Number.NaN;
    // Scripts fetched after the editor was editable (prefetches) are not part of the load.
    const loading = scripts.filter((entry) => entry.startTime < editable);
    return {
      htmlStart: navigation?.responseStart ?? Number.NaN,
      htmlEnd: navigation?.responseEnd ?? Number.NaN,
      scriptsEnd: loading.length
        ? Math.max(...loading.map((entry) => entry.responseEnd))
        : undefined,
      scripts: loading.length,
      scriptBytes: loading.reduce((sum, entry) => sum + entry.transferSize, 0),
      scriptDecodedBytes: loading.reduce((sum, entry) => sum + entry.decodedBodySize, 0),
      domContentLoaded: navigation?.domContentLoadedEventEnd ?? Number.NaN,
      hydrated: mark("session-start"),
      tokenStart: token?.startTime,
      tokenEnd: token?.responseEnd,
      socketOpen: mark("socket-open"),
      authenticated: mark("authenticated"),
      synced: mark("synced"),
      editorCreated: mark("editor-created"),
      editable,
    };
  });
}

/** Page CPU over the typing, from the DevTools protocol (Performance.getMetrics), in ms. */
export type PageCpu = { taskMs: number; scriptMs: number; layoutMs: number; styleMs: number };

async function pageMetrics(cdp: CDPSession): Promise<PageCpu> {
  const { metrics } = await cdp.send("Performance.getMetrics");
  const value = (name: string) =>
    (metrics.find((metric) => metric.name === name)?.value ?? 0) * 1_000;
  return {
    taskMs: value("TaskDuration"),
    scriptMs: value("ScriptDuration"),
    layoutMs: value("LayoutDuration"),
    styleMs: value("RecalcStyleDuration"),
  };
}

export type KeystrokeResult = {
  mainThreadMs: number[];
  frameMs: number[];
  /** Page CPU while typing (co-editors' updates included), divided by the keystrokes typed. */
  cpuPerKeystroke: PageCpu;
};

export type TypingOptions = {
  sentinel: string;
  keystrokes: number;
  warmUp: number;
  delayMs: number;
  /** Save a CPU profile of the measured typing here (a .cpuprofile file). */
  profilePath?: string;
  /** Save a Chrome trace of the measured typing here (read by bench/editor-trace.ts). */
  tracePath?: string;
};

/** What a typing trace records: tasks, events, style and layout, script (bench/editor-trace.ts). */
const TRACE_CATEGORIES = [
  "toplevel",
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "v8.execute",
  "blink",
];

const TEXT = "the launch lets shoppers get refunds in seconds, not days; ";
const textOf = (length: number) => TEXT.repeat(Math.ceil(length / TEXT.length)).slice(0, length);

/**
 * Puts the caret after the sentinel (the end of the seeded text: co-editors
 * type in paragraphs after it), types `warmUp` characters, then measures
 * `keystrokes` more, typed with real key events `delayMs` apart.
 */
export async function measureKeystrokes(
  page: Page,
  options: TypingOptions,
): Promise<KeystrokeResult> {
  const placed = await page.evaluate((sentinel) => {
    const editor = document.querySelector<HTMLElement>('.ProseMirror[contenteditable="true"]');
    if (!editor) return false;
    editor.focus();
    const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
    let last: Text | undefined;
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      if (node.textContent?.includes(sentinel)) last = node as Text;
    if (!last) return false;
    const at = (last.textContent ?? "").indexOf(sentinel) + sentinel.length + 1; // after "."
    window.getSelection()?.collapse(last, Math.min(at, last.length));
    return true;
  }, options.sentinel);
  if (!placed) throw new Error("could not put the caret at the end of the text");
  await page.waitForTimeout(200);
  await page.keyboard.type(textOf(options.warmUp), { delay: options.delayMs });
  await page.waitForTimeout(300);

  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable", { timeDomain: "threadTicks" });
  if (options.profilePath) {
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
    await cdp.send("Profiler.start");
  }
  const browser = page.context().browser();
  if (options.tracePath && browser)
    await browser.startTracing(page, { path: options.tracePath, categories: TRACE_CATEGORIES });
  await page.evaluate(() => {
    const probe = window.__editorBench;
    if (!probe) return;
    probe.mainThreadMs = [];
    probe.frameMs = [];
  });
  const before = await pageMetrics(cdp);
  await page.keyboard.type(textOf(options.keystrokes), { delay: options.delayMs });
  await page.waitForTimeout(300);
  const after = await pageMetrics(cdp);
  if (options.tracePath && browser) await browser.stopTracing();
  if (options.profilePath) {
    const { profile } = await cdp.send("Profiler.stop");
    writeFileSync(options.profilePath, JSON.stringify(profile));
  }
  await cdp.detach();
  const { mainThreadMs, frameMs } = await page.evaluate(() => ({
    mainThreadMs: window.__editorBench?.mainThreadMs ?? [],
    frameMs: window.__editorBench?.frameMs ?? [],
  }));
  const per = (key: keyof PageCpu) => (after[key] - before[key]) / options.keystrokes;
  return {
    mainThreadMs,
    frameMs,
    cpuPerKeystroke: {
      taskMs: per("taskMs"),
      scriptMs: per("scriptMs"),
      layoutMs: per("layoutMs"),
      styleMs: per("styleMs"),
    },
  };
}
