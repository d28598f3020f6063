/**
 * What the reader benchmark measures of one page over HTTP: the JavaScript
 * its HTML loads (gzipped, as a browser downloads it) and its throughput
 * under autocannon.
 */
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";

export type ScriptWeight = {
  /** Distinct script files the HTML loads (`<script src>`), and their gzipped bytes. */
  files: number;
  gzipBytes: number;
  /** Inline scripts (Next's RSC payload and bootstrap), gzipped with the HTML. */
  inlineGzipBytes: number;
  /** The HTML itself, gzipped. */
  htmlGzipBytes: number;
};

/** The script files a page's HTML loads and their gzipped size, fetched as a browser would. */
export async function scriptWeight(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  const html = await response.text();
  const sources = new Set(
    [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1] ?? ""),
  );
  let gzipBytes = 0;
  for (const source of sources) {
    const script = await fetch(new URL(source, url));
    gzipBytes += gzipSync(Buffer.from(await script.arrayBuffer())).length;
  }
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((match) => match[1] ?? "")
    .join("");
  return {
    files: sources.size,
    gzipBytes,
    inlineGzipBytes: gzipSync(inline).length,
    htmlGzipBytes: gzipSync(html).length,
  } satisfies ScriptWeight;
}

export type Throughput = {
  requestsPerSecond: number;
  latencyP50: number;
  latencyP99: number;
  non2xx: number;
  errors: number;
  requests: number;
};

/** autocannon against one URL: `connections` at once for `seconds`. */
export async function throughput(
  url: string,
  {
    seconds,
    connections,
    headers = {},
  }: { seconds: number; connections: number; headers?: Record<string, string> },
): Promise<Throughput> {
  const result = await autocannon({ url, duration: seconds, connections, headers });
  return {
    requestsPerSecond: result.requests.average,
    latencyP50: result.latency.p50,
    latencyP99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    requests: result.requests.total,
  };
}
