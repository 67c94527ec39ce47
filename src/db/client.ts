import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { type SQL, sql } from "drizzle-orm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import type { Config } from "../config.js";
import * as schema from "./schema.js";

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/**
 * Anything a repo can run a query on. A transaction (PgTransaction) extends PgDatabase, so an open
 * transaction is an Executor too and repos never care which they were given.
 */
export type Executor = Db;

export type Database = {
  db: Db;
  kind: "pglite" | "postgres";
  close(): Promise<void>;
  /** The catalogue_version counter: what cached listings and searches are valid for (page-cache.ts). */
  catalogueVersion(): Promise<number>;
};

const VERSION_QUERY = "select version from catalogue_version where id = 1";

/**
 * On PGlite every statement goes through this process's client, so the version read last stays valid
 * until the client runs anything else: a generation counter moves on at the start and end of every query,
 * exec and transaction, and the remembered version is used only while the counter has not moved since it
 * was read. Anything run in between, read or write, sends the next read back to the database.
 */
function pgliteVersionReader(client: PGlite): () => Promise<number> {
  let generation = 0;
  let memo: { generation: number; version: number } | null = null;
  const query = client.query.bind(client);
  const tracked = <F extends (...args: never[]) => Promise<unknown>>(run: F): F =>
    (async (...args: Parameters<F>) => {
      generation++;
      try {
        return await run(...args);
      } finally {
        generation++;
      }
    }) as F;
  client.query = tracked(query) as typeof client.query;
  client.exec = tracked(client.exec.bind(client)) as typeof client.exec;
  client.transaction = tracked(client.transaction.bind(client)) as typeof client.transaction;
  return async () => {
    if (memo && memo.generation === generation) return memo.version;
    const started = generation;
    const { rows } = await query<{ version: string | number }>(VERSION_QUERY);
    const version = Number(rows[0]?.version ?? 0);
    if (generation === started) memo = { generation, version };
    return version;
  };
}

const MIGRATIONS = fileURLToPath(new URL("../../drizzle", import.meta.url));

/** Extensions must be passed on every PGlite open, or tables with trigram indexes cannot be written. */
const PGLITE_EXTENSIONS = { pg_trgm, unaccent };

/** Another process has the embedded database open; two PostgreSQL engines on one directory corrupt it. */
export class DatabaseInUseError extends Error {}

const LOCK_FILE = "candor.pid";

/**
 * Takes the embedded database's directory for this process: a file holding our pid, created only if absent.
 * A file left by a process that no longer runs (a crash, SIGKILL) is taken over.
 */
function lockDirectory(dir: string): () => void {
  const path = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, String(process.pid), { flag: "wx" });
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number.parseInt(readFileSync(path, "utf8"), 10);
      if (holder && holder !== process.pid && processIsAlive(holder)) {
        throw new DatabaseInUseError(
          `The embedded database in ${dir} is open in another process (pid ${holder}), probably the server. ` +
            "Stop it and run the command again, or set DATABASE_URL to share a PostgreSQL server.",
        );
      }
      rmSync(path, { force: true });
    }
  }
  throw new DatabaseInUseError(`Could not take the embedded database in ${dir}; try again.`);
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export async function openPglite(dir: string, loadDataDir?: Blob | File): Promise<PGlite> {
  const options = { extensions: PGLITE_EXTENSIONS, ...(loadDataDir ? { loadDataDir } : {}) };
  if (dir === "memory://") return PGlite.create(undefined, options);
  mkdirSync(dir, { recursive: true });
  const unlock = lockDirectory(dir);
  try {
    const client = await PGlite.create(dir, options);
    const close = client.close.bind(client);
    client.close = async () => {
      try {
        await close();
      } finally {
        unlock();
      }
    };
    return client;
  } catch (error) {
    unlock();
    throw error;
  }
}

/** Opens the configured database and brings its schema up to date. */
export async function openDatabase(
  database: Config["database"],
  options: { pglite?: PGlite } = {},
): Promise<Database> {
  if (database.kind === "postgres") {
    const pool = new pg.Pool({ connectionString: database.url, max: 10 });
    // An idle connection whose server session ends (a restart, a failover, an administrator) is dropped by the
    // pool and the next query opens a new one. Without a listener its "error" event would end the process.
    pool.on("error", () => {});
    // bigint columns come back as strings from pg by default; ours hold minor units and cell counts, which
    // fit in a double exactly up to 2^53.
    pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    await migratePg(db as never, { migrationsFolder: MIGRATIONS });
    return {
      db,
      kind: "postgres",
      close: () => pool.end(),
      catalogueVersion: async () =>
        Number((await pool.query<{ version: string | number }>(VERSION_QUERY)).rows[0]?.version ?? 0),
    };
  }
  const client = options.pglite ?? (await openPglite(database.dir));
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  await migratePglite(db as never, { migrationsFolder: MIGRATIONS });
  return { db, kind: "pglite", close: () => client.close(), catalogueVersion: pgliteVersionReader(client) };
}

/** Runs raw SQL (search, statistics) and returns its rows on either driver. */
export async function queryRows<T>(db: Executor, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

export { sql };
