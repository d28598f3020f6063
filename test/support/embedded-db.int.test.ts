/**
 * The embedded database (scripts/pglite-server.mjs) serves several clients on
 * one PGlite session: two processes' pools at once, as the app and the collab
 * server use it. Each test talks to its own in-memory server, never to the
 * database integration-setup.ts made for this file (that may be a real server).
 */
import { Socket } from "node:net";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import {
  migrate,
  startEmbeddedPostgres,
  type EmbeddedPostgres,
} from "../../scripts/embedded-db.mjs";
import { dataRows, WireClient, wire } from "./pg-wire";

let server: EmbeddedPostgres;
/** Stand-ins for the two processes: separate pools, several connections each. */
let app: pg.Pool;
let collab: pg.Pool;

beforeAll(async () => {
  server = await startEmbeddedPostgres();
  await migrate(server.url);
  app = new pg.Pool({ connectionString: server.url, max: 4 });
  collab = new pg.Pool({ connectionString: server.url, max: 4 });
  await app.query("CREATE TABLE probe (tx text NOT NULL, step int NOT NULL)");
});

afterAll(async () => {
  await Promise.all([app?.end(), collab?.end()]);
  await server?.stop();
});

/** A client whose socket the test can cut, as if its process died. */
async function killableClient() {
  const socket = new Socket();
  const client = new pg.Client({ connectionString: server.url, stream: () => socket });
  // The cut makes pg emit "error"; without a listener it would be thrown.
  client.on("error", () => {});
  await client.connect();
  return { client, kill: () => socket.destroy() };
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function twoWireClients(): Promise<[WireClient, WireClient]> {
  return [await WireClient.connect(server.port), await WireClient.connect(server.port)];
}

/**
 * Promise.all that waits for every task before failing: a task left running
 * after a failed assertion would keep a pool client (and maybe the session)
 * busy, and the pools' end() would then wait for it instead of the test failing.
 */
async function all<T>(tasks: Promise<T>[]): Promise<T[]> {
  const values: T[] = [];
  for (const result of await Promise.allSettled(tasks)) {
    if (result.status === "rejected") throw result.reason;
    values.push(result.value);
  }
  return values;
}

describe("embedded database with several connections", () => {
  it("gives every parameterised query its own result", async () => {
    const queries = Array.from({ length: 400 }, async (_, i) => {
      const pool = i % 2 ? app : collab;
      // Every 25th divides by zero: its error must reach that query only.
      const divisor = i % 25 === 0 ? 0 : 1;
      const result = pool.query<{ n: number; label: string; rows: number }>(
        "SELECT $1::int / $2::int AS n, $3::text AS label, count(*)::int AS rows " +
          "FROM generate_series(1, $1::int)",
        [i, divisor, `query ${i}`],
      );
      if (divisor === 0) {
        await expect(result).rejects.toMatchObject({ code: "22012" });
        return;
      }
      const { rows } = await result;
      expect(rows).toEqual([{ n: i, label: `query ${i}`, rows: i }]);
    });
    await all(queries);
  });

  it("runs an exchange split across packets whole, whatever arrives meanwhile", async () => {
    const [a, b] = await twoWireClients();
    try {
      // A's Parse and Bind arrive, then all of B's exchange, then the rest of A's:
      // run as they arrive, B's Parse would replace A's unnamed statement and portal.
      a.send(wire.parse("SELECT 'a'::text AS who"), wire.bind());
      await sleep(50);
      b.send(
        wire.parse("SELECT 'b'::text AS who"),
        wire.bind(),
        wire.describe(),
        wire.execute(),
        wire.sync(),
      );
      expect(dataRows(await b.until("Z"))).toEqual([["b"]]);
      a.send(wire.describe(), wire.execute(), wire.sync());
      const answer = await a.until("Z");
      expect(answer.map((message) => message.type)).not.toContain("E");
      expect(dataRows(answer)).toEqual([["a"]]);
    } finally {
      a.close();
      b.close();
    }
  });

  it("keeps the session for a client between Flush and Sync", async () => {
    const [a, b] = await twoWireClients();
    try {
      // Reading a portal in pages, as pg-cursor does: Execute with a row limit, then Flush.
      a.send(
        wire.parse("SELECT g FROM generate_series(1, 5) g"),
        wire.bind(),
        wire.describe(),
        wire.execute(2),
        wire.flush(),
      );
      expect(dataRows(await a.until("s" /* PortalSuspended */))).toEqual([["1"], ["2"]]);
      b.send(wire.query("SELECT 'b'"));
      await sleep(100);
      expect(b.pending()).toEqual([]);
      a.send(wire.execute(), wire.sync());
      expect(dataRows(await a.until("Z"))).toEqual([["3"], ["4"], ["5"]]);
      expect(dataRows(await b.until("Z"))).toEqual([["b"]]);
    } finally {
      a.close();
      b.close();
    }
  });

  it("keeps interleaved transactions from both pools atomic and isolated", async () => {
    const committed: string[] = [];
    const rolledBack: string[] = [];
    const transactions = Array.from({ length: 16 }, async (_, i) => {
      const tx = `t${i}`;
      const client = await (i % 2 ? app : collab).connect();
      try {
        await client.query("BEGIN");
        await client.query("INSERT INTO probe VALUES ($1, 1)", [tx]);
        await client.query("SELECT pg_sleep(0.05)");
        // No half-written transaction but our own may be visible here.
        const { rows } = await client.query<{ tx: string }>(
          "SELECT tx FROM probe GROUP BY tx HAVING count(*) <> 2",
        );
        expect(rows).toEqual([{ tx }]);
        await client.query("INSERT INTO probe VALUES ($1, 2)", [tx]);
        if (i % 3 === 0) {
          await client.query("ROLLBACK");
          rolledBack.push(tx);
        } else {
          await client.query("COMMIT");
          committed.push(tx);
        }
      } finally {
        client.release();
      }
    });
    // Plain queries from both pools meanwhile, which must see whole transactions only.
    const readers = Array.from({ length: 40 }, async (_, i) => {
      await sleep(i * 5);
      const { rows } = await (i % 2 ? collab : app).query<{ odd: number }>(
        "SELECT count(*)::int AS odd FROM (SELECT tx FROM probe GROUP BY tx HAVING count(*) <> 2) s",
      );
      expect(rows).toEqual([{ odd: 0 }]);
    });
    await all([...transactions, ...readers]);

    const { rows } = await collab.query<{ tx: string; steps: number }>(
      "SELECT tx, count(*)::int AS steps FROM probe GROUP BY tx ORDER BY tx",
    );
    expect(rows).toEqual(committed.sort().map((tx) => ({ tx, steps: 2 })));
    expect(rolledBack).toHaveLength(6);
  });

  it("rolls back the transaction of a client that dies, and the others go on", async () => {
    const doomed = await killableClient();
    await doomed.client.query("BEGIN");
    await doomed.client.query("INSERT INTO probe VALUES ('doomed', 1)");
    // The others queue behind the open transaction…
    let answered = 0;
    const waiting = Array.from({ length: 8 }, (_, i) =>
      (i % 2 ? app : collab)
        .query<{ n: number }>("SELECT count(*)::int AS n FROM probe WHERE tx = $1", ["doomed"])
        .then(({ rows }) => {
          answered++;
          return rows[0]?.n;
        }),
    );
    await sleep(200);
    expect(answered).toBe(0);
    // …until its process dies mid-transaction.
    const killed = performance.now();
    doomed.kill();
    expect(await all(waiting)).toEqual(Array(8).fill(0));
    expect(performance.now() - killed).toBeLessThan(1_000);

    // A client that says goodbye (Terminate) inside a transaction is rolled back too.
    const leaving = await killableClient();
    await leaving.client.query("BEGIN");
    await leaving.client.query("INSERT INTO probe VALUES ('left', 1)");
    await leaving.client.end();

    const { rows } = await app.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM probe WHERE tx IN ('doomed', 'left')",
    );
    expect(rows).toEqual([{ n: 0 }]);
    // And the session works normally afterwards: a transaction from the other pool.
    const client = await collab.connect();
    try {
      await client.query("BEGIN");
      await client.query("INSERT INTO probe VALUES ('after', 1), ('after', 2)");
      await client.query("COMMIT");
    } finally {
      client.release();
    }
    const after = await app.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM probe WHERE tx = 'after'",
    );
    expect(after.rows).toEqual([{ n: 2 }]);
  });

  it("does not disturb a session when another client connects", async () => {
    const first = await killableClient();
    try {
      await first.client.query("BEGIN");
      await first.client.query("INSERT INTO probe VALUES ('first', 1)");
      // Connecting waits for the transaction; it must not end or corrupt it.
      const second = killableClient();
      await sleep(100);
      await first.client.query("INSERT INTO probe VALUES ('first', 2)");
      await first.client.query("COMMIT");
      const { client } = await second;
      const { rows } = await client.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM probe WHERE tx = 'first'",
      );
      expect(rows).toEqual([{ n: 2 }]);
      await client.end();
    } finally {
      await first.client.end();
    }
  });

  it("serves two Prisma clients at once", async () => {
    const prismas = Array.from(
      { length: 2 },
      () => new PrismaClient({ adapter: new PrismaPg({ connectionString: server.url, max: 4 }) }),
    );
    try {
      const work = prismas.flatMap((prisma, p) =>
        Array.from({ length: 10 }, async (_, i) => {
          const email = `p${p}-${i}@example.com`;
          if (i % 4 === 3) {
            // An interactive transaction that fails halfway leaves nothing behind.
            await expect(
              prisma.$transaction(async (tx) => {
                await tx.user.create({ data: { name: "Gone", email, passwordHash: "x" } });
                await tx.$executeRaw`SELECT pg_sleep(0.02)`;
                throw new Error("changed my mind");
              }),
            ).rejects.toThrow("changed my mind");
            return;
          }
          const user = await prisma.$transaction(async (tx) => {
            const workspace = await tx.workspace.create({ data: { name: `Space ${p}-${i}` } });
            await tx.$executeRaw`SELECT pg_sleep(0.02)`;
            return tx.user.create({
              data: {
                name: `Person ${p}-${i}`,
                email,
                passwordHash: "x",
                memberships: { create: { workspaceId: workspace.id, role: "OWNER" } },
              },
            });
          });
          const found = await prismas[1 - p]?.user.findUnique({
            where: { email },
            include: { memberships: true },
          });
          expect(found).toMatchObject({ id: user.id, name: `Person ${p}-${i}` });
          expect(found?.memberships).toHaveLength(1);
        }),
      );
      await all(work);
      const [users, workspaces] = await Promise.all([
        prismas[0]?.user.count(),
        prismas[1]?.workspace.count(),
      ]);
      // 10 per client, of which i = 3 and 7 rolled back.
      expect(users).toBe(16);
      expect(workspaces).toBe(16);
    } finally {
      await Promise.all(prismas.map((prisma) => prisma.$disconnect()));
    }
  });
});

describe("embedded database with a client idle in a transaction", () => {
  it("disconnects it once others have waited for it too long", async () => {
    const quick = await startEmbeddedPostgres({ idleInTransactionTimeout: 300 });
    const pool = new pg.Pool({ connectionString: quick.url, max: 2 });
    const idle = new pg.Client(quick.url);
    // The server's FATAL arrives while the client is idle: pg emits it as "error".
    idle.on("error", () => {});
    try {
      await idle.connect();
      await idle.query("CREATE TABLE t (n int)");
      await idle.query("BEGIN");
      await idle.query("INSERT INTO t VALUES (1)");
      // Idle while nobody waits harms no one and is left alone.
      await sleep(500);
      await idle.query("INSERT INTO t VALUES (2)");

      const started = performance.now();
      const { rows } = await pool.query("SELECT count(*)::int AS n FROM t");
      const waited = performance.now() - started;
      expect(rows).toEqual([{ n: 0 }]);
      expect(waited).toBeGreaterThanOrEqual(250);
      expect(waited).toBeLessThan(2_000);
      await expect(idle.query("COMMIT")).rejects.toThrow();
    } finally {
      await idle.end().catch(() => {});
      await pool.end();
      await quick.stop();
    }
  });
});
