import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { loadConfig } from "../../src/config.js";
import { openDatabase, openPglite } from "../../src/db/client.js";
import { DEMO_CATALOGUE } from "../../src/db/seed/demo-catalogue.js";
import { seedDemoCatalogue } from "../../src/db/seed/seed.js";
import { isoDay } from "../../src/shared/clock.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** "pglite": a data-dir snapshot path; "postgres": the template database's URL. */
    dbKind: "pglite" | "postgres";
    dbSource: string;
    seedDay: string;
  }
}

/**
 * Builds one migrated, seeded database for the whole run; each test file then gets its own copy
 * (a PGlite snapshot load, or CREATE DATABASE … TEMPLATE on PostgreSQL), so files never share state.
 */
export default async function setup(project: TestProject) {
  const config = loadConfig();
  const seedDay = isoDay(new Date());
  project.provide("seedDay", seedDay);
  if (config.database.kind === "postgres") {
    const admin = new pg.Client({ connectionString: config.database.url });
    await admin.connect();
    const template = `candor_tpl_${randomBytes(4).toString("hex")}`;
    await admin.query(`create database ${template}`);
    const url = new URL(config.database.url);
    url.pathname = `/${template}`;
    const database = await openDatabase({ kind: "postgres", url: url.toString() });
    await database.db.transaction((tx) => seedDemoCatalogue(tx, DEMO_CATALOGUE, seedDay));
    await database.close();
    project.provide("dbKind", "postgres");
    project.provide("dbSource", url.toString());
    return async () => {
      await admin.query(`drop database if exists ${template} with (force)`);
      await admin.end();
    };
  }
  const client = await openPglite("memory://");
  const database = await openDatabase({ kind: "pglite", dir: "memory://" }, { pglite: client });
  await database.db.transaction((tx) => seedDemoCatalogue(tx, DEMO_CATALOGUE, seedDay));
  const snapshot = await client.dumpDataDir("none");
  await client.close();
  const dir = join(tmpdir(), "candor-test");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `snapshot-${process.pid}.tar`);
  writeFileSync(file, Buffer.from(await snapshot.arrayBuffer()));
  project.provide("dbKind", "pglite");
  project.provide("dbSource", file);
}
