/**
 * Every environment variable Foreword reads, validated once. Server code reads
 * `env()`; nothing else touches process.env directly.
 */
import { z } from "@/lib/schemas/zod";

const ZEnvSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  /** PostgreSQL connection string. `npm run dev` sets it to the embedded database when unset. */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgresql:// URL" }),
  /** Connections per app process; 1 for the embedded database, which serves one session. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** Signs session cookies. At least 32 characters; `npm run dev` generates one into .data/. */
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters"),
  /** The public URL of the app, used in invite links. */
  APP_URL: z.url().default("http://localhost:3000"),
  /**
   * How many proxies (load balancers) in front of the app each append the
   * address they received a request from to X-Forwarded-For. 0, the default,
   * ignores that header and uses the socket's peer: a client can write
   * anything in it. lib/client-address.ts applies it.
   */
  TRUSTED_PROXIES: z.coerce
    .number({ error: "must be a whole number of proxy hops" })
    .int("must be a whole number of proxy hops")
    .min(0, "must be 0 or more")
    .max(10, "more than 10 proxy hops is surely a mistake")
    .default(0),
  /** Where the collab server listens. */
  COLLAB_PORT: z.coerce.number().int().min(0).max(65535).default(3001),
  /**
   * The collab server's WebSocket URL as browsers reach it (wss://collab.example.com).
   * Unset: the browser uses the page's host name on COLLAB_PORT.
   */
  COLLAB_URL: z.url({ protocol: /^wss?$/, error: "must be a ws:// or wss:// URL" }).optional(),
  /** How the app reaches a collab server's internal endpoint (any one instance). */
  COLLAB_INTERNAL_URL: z.url().optional(),
  /** With Redis, several collab servers share documents and invalidations. */
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: "must be a redis:// URL" }).optional(),
});

export type Env = z.infer<typeof ZEnvSchema>;

let cached: Env | undefined;

/** The validated environment; throws naming every missing or invalid variable. */
export function env(): Env {
  if (cached) return cached;
  const parsed = ZEnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `  ${issue.path.join(".")}: ${issue.message}`,
    );
    throw new Error(
      `Invalid environment:\n${problems.join("\n")}\nSee README.md, "Configuration".`,
    );
  }
  cached = parsed.data;
  return cached;
}
