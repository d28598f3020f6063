// Types for scripts/test-database.mjs.

export interface TestDatabase {
  url: string;
  /**
   * "embedded": PGlite, one session that runs one transaction at a time for all
   * its connections; keep pools small (DATABASE_POOL_SIZE=3).
   */
  kind: "server" | "embedded";
  /** Drops the database (or stops PGlite). */
  drop(): Promise<void>;
}

/** A fresh, migrated database named `<prefix>_<random>` (default prefix `foreword_test`). */
export function createTestDatabase(options?: { prefix?: string }): Promise<TestDatabase>;
