/**
 * Serves the editor benchmark's baseline (bench/editor-bare-page.ts) from
 * this process: the page bundled and minified with esbuild at start, and the
 * benchmark documents as Yjs updates. Not an app route: the app is measured
 * as it ships, the baseline beside it.
 */
import { createServer } from "node:http";
import path from "node:path";
import { build } from "esbuild";
import { ROOT } from "./servers";

const HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Bare editor</title>
<style>body{font:16px/1.6 system-ui,sans-serif;max-width:72ch;margin:2rem auto}
.ProseMirror{outline:none;white-space:pre-wrap}</style></head>
<body><main><div id="editor"></div></main><script type="module" src="/bare.js"></script></body></html>`;

export type BareServer = { url: string; close(): Promise<void> };

/** Bundles the page, then serves it on a free loopback port; `documents` maps word counts to Yjs updates. */
export async function startBareServer(documents: Map<number, Uint8Array>): Promise<BareServer> {
  const bundle = await build({
    entryPoints: [path.join(ROOT, "bench", "editor-bare-page.ts")],
    bundle: true,
    minify: true,
    format: "esm",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  const script = bundle.outputFiles[0]?.contents;
  if (!script) throw new Error("esbuild produced no bundle for the bare editor");

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    if (url.pathname === "/") {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end(HTML);
    } else if (url.pathname === "/bare.js") {
      response.writeHead(200, { "content-type": "text/javascript" });
      response.end(script);
    } else if (url.pathname === "/state" && documents.has(Number(url.searchParams.get("words")))) {
      response.writeHead(200, { "content-type": "application/octet-stream" });
      response.end(documents.get(Number(url.searchParams.get("words"))));
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
