/**
 * Every environment variable Foreword reads, validated once. Server code reads
 * `env()`; nothing else touches process.env directly.
 */
import { z } from "@/lib/schemas/zod";

/** An optional variable: unset and empty (`SMTP_URL=` in a .env file) both mean "not configured". */
const unsetIfEmpty = (value: unknown) => (value === "" ? undefined : value);

/** "Name <address>" or a bare address, as nodemailer takes it. */
const MAILBOX = /^(?:[^<>\r\n]*<[^<>@\s]+@[^<>@\s]+>|[^<>@\s]+@[^<>@\s]+)$/;

const ZEnvObject = z.object({
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
  /**
   * Where email goes out (smtp://user:pass@host:587, or smtps:// for TLS from
   * the start). Unset: emails are written to the server log with their links.
   */
  SMTP_URL: z.preprocess(
    unsetIfEmpty,
    z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" }).optional(),
  ),
  /** The sender of every email ("Foreword <no-reply@example.com>"); required with SMTP_URL. */
  MAIL_FROM: z.preprocess(
    unsetIfEmpty,
    z.string().regex(MAILBOX, "must be an address, or a name and <address>").optional(),
  ),
  /** GitHub sign-in: shown only when both are set (a GitHub OAuth app's client id and secret). */
  AUTH_GITHUB_ID: z.preprocess(unsetIfEmpty, z.string().optional()),
  AUTH_GITHUB_SECRET: z.preprocess(unsetIfEmpty, z.string().optional()),
  /** Google sign-in: shown only when both are set (an OAuth client id and secret). */
  AUTH_GOOGLE_ID: z.preprocess(unsetIfEmpty, z.string().optional()),
  AUTH_GOOGLE_SECRET: z.preprocess(unsetIfEmpty, z.string().optional()),
});

/** Variables that only make sense together. */
const ZEnvSchema = ZEnvObject.superRefine((value, context) => {
  if (value.SMTP_URL && !value.MAIL_FROM)
    context.addIssue({
      code: "custom",
      path: ["MAIL_FROM"],
      message: "is required when SMTP_URL is set (the address emails come from)",
    });
  for (const [id, secret] of [
    ["AUTH_GITHUB_ID", "AUTH_GITHUB_SECRET"],
    ["AUTH_GOOGLE_ID", "AUTH_GOOGLE_SECRET"],
  ] as const) {
    if (Boolean(value[id]) !== Boolean(value[secret]))
      context.addIssue({
        code: "custom",
        path: [value[id] ? secret : id],
        message: `is required when ${value[id] ? id : secret} is set`,
      });
  }
});

export type Env = z.infer<typeof ZEnvSchema>;

let cached: Env | undefined;

/** Validates a set of variables (env() passes process.env); throws naming every missing or invalid one. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = ZEnvSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `  ${issue.path.join(".")}: ${issue.message}`,
    );
    throw new Error(
      `Invalid environment:\n${problems.join("\n")}\nSee README.md, "Configuration".`,
    );
  }
  return parsed.data;
}

/** The validated environment; throws naming every missing or invalid variable. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** The sender of Foreword's emails: MAIL_FROM, or no-reply at APP_URL's host. */
export function mailFrom(config: Env = env()): string {
  return config.MAIL_FROM ?? `Foreword <no-reply@${new URL(config.APP_URL).hostname}>`;
}
