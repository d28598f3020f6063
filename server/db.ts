import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient, type Prisma } from "@/generated/prisma/client";
import { env } from "@/lib/env";

/**
 * The one Prisma client and the `pg` pool under it. Cached on globalThis in
 * every environment: Next loads this module once per route bundle, and each
 * copy would open its own pool, which the single-session embedded database
 * cannot serve.
 */
const globalForPrisma = globalThis as unknown as {
  foreword?: PrismaClient;
  forewordPool?: pg.Pool;
};

function createClient(): PrismaClient {
  // Prisma disconnects the pool it was given, so tests' $disconnect still closes every connection.
  const adapter = new PrismaPg(pgPool(), { disposeExternalPool: true });
  return new PrismaClient({ adapter });
}

/** Lazily created so that tests can point DATABASE_URL at their own database first. */
export function db(): PrismaClient {
  globalForPrisma.foreword ??= createClient();
  return globalForPrisma.foreword;
}

/**
 * The pool Prisma runs on, for the few statements on the collab server's hot
 * path (loading and storing documents). Prisma's client engine compiles and
 * interprets every query in WebAssembly, several milliseconds of main-thread
 * time each; there, one parametrised statement through `pg` costs a tenth of
 * that. Everything else goes through `db()`.
 */
export function pgPool(): pg.Pool {
  if (!globalForPrisma.forewordPool || globalForPrisma.forewordPool.ended) {
    const { DATABASE_URL, DATABASE_POOL_SIZE } = env();
    globalForPrisma.forewordPool = new pg.Pool({
      connectionString: DATABASE_URL,
      max: DATABASE_POOL_SIZE,
    });
  }
  return globalForPrisma.forewordPool;
}

export type Db = PrismaClient;
/** A client or an interactive transaction, for functions that work in either. */
export type DbTx = Prisma.TransactionClient;
