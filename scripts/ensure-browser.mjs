#!/usr/bin/env node
// The end-to-end suite drives Debian's Chromium (/usr/bin/chromium): these
// machines cannot download Playwright's own browser. Installs the package
// when we run as root with apt; otherwise says the exact command and fails.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const CHROMIUM = "/usr/bin/chromium";

/**
 * The features Playwright (1.65, chromiumSwitches.ts) already disables.
 * Chromium keeps only the last --disable-features on its command line, and
 * Playwright puts ours after its own, so ours must repeat them; a unit test
 * (scripts/ensure-browser.test.ts) fails when an upgrade adds one.
 */
const PLAYWRIGHT_DISABLED_FEATURES = [
  "AvoidUnnecessaryBeforeUnloadCheckSync",
  "DestroyProfileOnBrowserClose",
  "HttpsUpgrades",
  "HttpsFirstBalancedModeAutoEnable",
  "LensOverlay",
  "MediaRouter",
  "PaintHolding",
  "ThirdPartyStoragePartitioning",
  "AvoidCorsURLLoaderRestartOnRedirect",
  "TcpPortRandomizationWin",
  "OptimizationHints",
  "NetworkTimeServiceQuerying",
  "AimEnabled",
  "PreconnectToSearch",
  "msForceBrowserSignIn",
  "msEdgeUpdateLaunchServicesPreferredVersion",
];

/**
 * Chromium 156 builds the address bar's suggestion popup as a WebUI page for
 * every new window, headless too: about 1.6 s of CPU in a renderer of its
 * own, plus about 0.3 s in the browser process, for each browser context
 * (each end-to-end test, each benchmark load, each PDF). On a 2-core
 * machine that competes with the page being measured or tested.
 */
const OUR_DISABLED_FEATURES = ["WebUIOmniboxPopup", "WebUIOmniboxAimPopup"];

export const DISABLED_FEATURES = [...PLAYWRIGHT_DISABLED_FEATURES, ...OUR_DISABLED_FEATURES];

/** How the e2e suite, the benchmarks and the PDF renderer start it: headless in a container, nothing phoning home. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
  `--disable-features=${DISABLED_FEATURES.join(",")}`,
];
const INSTALL = "apt-get install -y chromium";

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    child.on("error", () => resolve(1));
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

/** Resolves once /usr/bin/chromium exists; throws with the command to run when it cannot install it. */
export async function ensureBrowser(log = console.log) {
  if (existsSync(CHROMIUM)) return;
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  if (!root || !existsSync("/usr/bin/apt-get")) {
    throw new Error(`Chromium is not installed. Run: sudo ${INSTALL}`);
  }
  log("Chromium is not installed: installing Debian's package (apt-get)…");
  if (
    (await run("apt-get", ["update", "-qq"])) !== 0 ||
    (await run("apt-get", ["install", "-y", "-qq", "chromium"])) !== 0
  ) {
    throw new Error(`Installing Chromium failed. Run: ${INSTALL}`);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`apt installed chromium but ${CHROMIUM} is missing.`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    await ensureBrowser();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
