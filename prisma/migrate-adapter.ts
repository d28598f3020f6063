/**
 * The driver adapter the Prisma CLI uses to migrate (see prisma.config.ts).
 *
 * Why this exists: Prisma 7's CLI needs a native schema engine that these
 * machines cannot download; Prisma 6.19 runs the official CLI through its
 * WebAssembly schema engine over a driver adapter instead. adapter-pg 6 has two
 * bugs on that path, fixed here:
 *  1. The schema engine's catalog queries return the Postgres types `"char"`
 *     (OID 18), `name` (19) and their arrays (1002, 1003), which adapter-pg
 *     cannot read (prisma/orm#27403). We report them as text / text[].
 *  2. Its shadow database is dropped while its pool still holds connections.
 *     We close the pool first, then `DROP DATABASE … WITH (FORCE)`.
 *  3. It runs a migration by splitting the script on every ";", which cuts a
 *     function body ($$ … $$) apart. We send the script whole, as one simple
 *     query, which PostgreSQL runs in one implicit transaction (so a
 *     migration applies entirely or not at all; a statement that refuses to
 *     run in a transaction, such as CREATE INDEX CONCURRENTLY, needs its own
 *     migration file).
 */
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { parse } from "pg-connection-string";

const TEXT = 25;
const TEXT_ARRAY = 1009;
const CATALOG_TYPES = new Map<number, number>([
  [18, TEXT],
  [19, TEXT],
  [1002, TEXT_ARRAY],
  [1003, TEXT_ARRAY],
]);

function remapCatalogTypes<T>(result: T): T {
  const fields: unknown = (result as { fields?: unknown } | undefined)?.fields;
  if (Array.isArray(fields)) {
    for (const field of fields as pg.FieldDef[]) {
      field.dataTypeID = CATALOG_TYPES.get(field.dataTypeID) ?? field.dataTypeID;
    }
  }
  return result;
}

type AnyQuery = (...args: unknown[]) => unknown;

/** A pg client whose results name catalog types as text, for adapter-pg. */
class CatalogTypesClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    const query = (this.query as AnyQuery).bind(this);
    Object.assign(this, {
      query: (...args: unknown[]) => {
        const last = args.at(-1);
        if (typeof last === "function") {
          // pg-pool passes a callback rather than awaiting a promise.
          args[args.length - 1] = (error: unknown, result: unknown) =>
            (last as AnyQuery)(error, error ? result : remapCatalogTypes(result));
          return query(...args);
        }
        const pending = query(...args);
        return pending instanceof Promise ? pending.then(remapCatalogTypes) : pending;
      },
    });
  }
}

/**
 * Separate pg fields, not a connection string: adapter-pg builds the shadow
 * database's pool as `{ ...config, database }`, and a connectionString would
 * override that database name.
 */
export function pgSettings(databaseUrl: string): pg.PoolConfig {
  const url = parse(databaseUrl);
  return {
    host: url.host ?? "127.0.0.1",
    port: url.port ? Number(url.port) : 5432,
    user: url.user ?? "postgres",
    password: url.password ?? undefined,
    database: url.database ?? "postgres",
    ssl: url.ssl ? (url.ssl as pg.PoolConfig["ssl"]) : undefined,
    // Let the CLI exit as soon as it is done instead of lingering on idle clients.
    allowExitOnIdle: true,
    Client: CatalogTypesClient,
  };
}

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;

/** Fix 3: the whole script in one simple query; errors keep PostgreSQL's own message. */
function runScriptsWhole(adapter: Adapter): Adapter {
  return Object.assign(adapter, {
    executeScript: async (script: string) => {
      try {
        await adapter.underlyingDriver().query(script);
      } catch (error) {
        const { message, detail, hint } = error as pg.DatabaseError;
        throw new Error([message, detail, hint].filter(Boolean).join("\n"), { cause: error });
      }
    },
  });
}

/** adapter-pg with the three fixes above, for the Prisma CLI only. */
export class MigratePgAdapter extends PrismaPg {
  readonly #settings: pg.PoolConfig;

  constructor(databaseUrl: string) {
    const settings = pgSettings(databaseUrl);
    super(settings);
    this.#settings = settings;
  }

  override async connect() {
    return runScriptsWhole(await super.connect());
  }

  override async connectToShadowDb() {
    const main = await this.connect();
    const database = `prisma_migrate_shadow_db_${randomUUID().replaceAll("-", "")}`;
    await main.executeScript(`CREATE DATABASE "${database}"`);
    const shadow = runScriptsWhole(await new PrismaPg({ ...this.#settings, database }).connect());
    const closeShadow = shadow.dispose.bind(shadow);
    return Object.assign(shadow, {
      dispose: async () => {
        await closeShadow();
        await main.executeScript(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
        await main.dispose();
      },
    });
  }
}
