import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import pg from "pg";
import { inject } from "vitest";
import { type Database, openDatabase, openPglite } from "../../src/db/client.js";

/** A private copy of the seeded test database for one test file. */
export async function openTestDatabase(): Promise<Database> {
  const kind = inject("dbKind");
  const source = inject("dbSource");
  if (kind === "postgres") {
    const templateUrl = new URL(source);
    const template = templateUrl.pathname.slice(1);
    const name = `candor_t_${randomBytes(5).toString("hex")}`;
    const admin = new pg.Client({ connectionString: source.replace(`/${template}`, "/postgres") });
    await admin.connect();
    await admin.query(`create database ${name} template ${template}`);
    await admin.end();
    const url = new URL(source);
    url.pathname = `/${name}`;
    const database = await openDatabase({ kind: "postgres", url: url.toString() });
    return {
      ...database,
      close: async () => {
        await database.close();
        const dropper = new pg.Client({ connectionString: source.replace(`/${template}`, "/postgres") });
        await dropper.connect();
        // pool.end() resolves as its clients start to close; dropping with force under a client still closing
        // kills its backend and surfaces as an uncaught error, so wait for the sessions to be gone first.
        for (let i = 0; i < 100; i++) {
          const { rows } = await dropper.query(
            "select count(*)::int as n from pg_stat_activity where datname = $1",
            [name],
          );
          if (rows[0].n === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        await dropper.query(`drop database if exists ${name} with (force)`);
        await dropper.end();
      },
    };
  }
  const snapshot = new Blob([readFileSync(source)]);
  const client = await openPglite("memory://", snapshot);
  return openDatabase({ kind: "pglite", dir: "memory://" }, { pglite: client });
}

export const seedDay = () => inject("seedDay");
