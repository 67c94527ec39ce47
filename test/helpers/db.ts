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
        // A pool client still closing is ended by the forced drop; the pool's error listener discards it.
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
