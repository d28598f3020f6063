import type { CheckCounter } from "./types";

/**
 * How a counter reads: "ok" below `warnFrom`, "warn" from there up to and
 * including the limit, "over" above it (the limit itself is allowed).
 */
export function counterState(counter: CheckCounter): "ok" | "warn" | "over" {
  if (counter.value > counter.limit) return "over";
  return counter.value >= counter.warnFrom ? "warn" : "ok";
}
