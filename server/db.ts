import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "@/generated/prisma/client";
import { env } from "@/lib/env";

/**
 * The one Prisma client. Cached on globalThis in every environment: Next loads
 * this module once per route bundle, and each copy would open its own pool,
 * which the single-session embedded database cannot serve.
 */
const globalForPrisma = globalThis as unknown as { foreword?: PrismaClient };

function createClient(): PrismaClient {
  const { DATABASE_URL, DATABASE_POOL_SIZE } = env();
  const adapter = new PrismaPg({ connectionString: DATABASE_URL, max: DATABASE_POOL_SIZE });
  return new PrismaClient({ adapter });
}

/** Lazily created so that tests can point DATABASE_URL at their own database first. */
export function db(): PrismaClient {
  globalForPrisma.foreword ??= createClient();
  return globalForPrisma.foreword;
}

export type Db = PrismaClient;
/** A client or an interactive transaction, for functions that work in either. */
export type DbTx = Prisma.TransactionClient;
