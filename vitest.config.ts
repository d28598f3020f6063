import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: root },
      // The real "server-only" throws outside React Server Components, i.e. in every test.
      {
        find: /^server-only$/,
        replacement: fileURLToPath(new URL("node_modules/server-only/empty.js", import.meta.url)),
      },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          include: [
            "lib/**/*.test.ts",
            "server/**/*.unit.test.ts",
            "editor/**/*.test.ts",
            "collab/**/*.unit.test.ts",
            // Plain TypeScript beside the browser code (no DOM): node is enough.
            "components/**/*.test.ts",
          ],
          // lib/**/*.test.ts would otherwise also pick up integration tests kept in lib/.
          exclude: ["**/node_modules/**", "**/*.int.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          environment: "node",
          include: ["**/*.int.test.ts"],
          exclude: ["**/node_modules/**", ".next/**", ".data/**", "generated/**"],
          // Each file gets its own database from this setup file (test/support/database.ts).
          setupFiles: ["test/support/integration-setup.ts"],
          // One file at a time: on a fresh machine every file runs its own PGlite
          // (WebAssembly, CPU-heavy), and a real server is fast enough sequentially.
          fileParallelism: false,
          testTimeout: 20_000,
          // Creating and migrating the file's database happens while the setup file loads.
          hookTimeout: 60_000,
          // next-auth imports "next/server" without an extension, which Node's own ESM
          // loader cannot resolve; through Vite (inlined) it resolves as in Next.
          server: { deps: { inline: ["next-auth"] } },
        },
      },
    ],
  },
});
