/**
 * A fresh, migrated database per vitest file: see scripts/test-database.mjs,
 * which the e2e runner and the benchmark share.
 */
export { createTestDatabase, type TestDatabase } from "../../scripts/test-database.mjs";
