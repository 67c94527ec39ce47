import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openDatabase, openPglite, queryRows, sql } from "../../src/db/client.js";

/**
 * Kills the real server with SIGKILL while consultation requests are being submitted, starts it again on
 * the same database, and checks that every request the server acknowledged is there exactly once — and that
 * a client retrying with the same idempotency key never creates a second one. Runs on PGlite and PostgreSQL.
 */
const kind = inject("dbKind");
let pgliteDir = "";
let databaseUrl = "";
let dropDatabase: (() => Promise<void>) | null = null;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function startServer(port: number): ChildProcess {
  const env = {
    ...process.env,
    NODE_ENV: "test",
    HOST: "127.0.0.1",
    PORT: String(port),
    SEED_DEMO: "false",
    // Behind a proxy, each simulated family has its own address (the submission limit is per address).
    TRUST_PROXY: "true",
    LOG_LEVEL: "silent",
    ...(kind === "postgres" ? { DATABASE_URL: databaseUrl } : { PGLITE_DIR: pgliteDir, DATABASE_URL: "" }),
  };
  if (kind !== "postgres") delete (env as Record<string, string | undefined>).DATABASE_URL;
  return spawn(process.execPath, ["--import", "tsx", "src/server.ts"], { env, stdio: "ignore" });
}

async function waitUntilUp(base: string) {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("server did not start");
}

const stop = (child: ChildProcess, signal: NodeJS.Signals) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill(signal);
  });

async function withDatabase<T>(
  fn: (db: Awaited<ReturnType<typeof openDatabase>>["db"]) => Promise<T>,
): Promise<T> {
  const database =
    kind === "postgres"
      ? await openDatabase({ kind: "postgres", url: databaseUrl })
      : await openDatabase({ kind: "pglite", dir: pgliteDir });
  try {
    return await fn(database.db);
  } finally {
    await database.close();
  }
}

beforeAll(async () => {
  const source = inject("dbSource");
  if (kind === "postgres") {
    const template = new URL(source).pathname.slice(1);
    const name = `candor_kill_${randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: source.replace(`/${template}`, "/postgres") });
    await admin.connect();
    await admin.query(`create database ${name} template ${template}`);
    await admin.end();
    const url = new URL(source);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    dropDatabase = async () => {
      const c = new pg.Client({ connectionString: source.replace(`/${template}`, "/postgres") });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    };
  } else {
    pgliteDir = mkdtempSync(join(tmpdir(), "candor-kill-"));
    const client = await openPglite(pgliteDir, new Blob([readFileSync(source)]));
    await client.close();
  }
});

afterAll(async () => {
  await dropDatabase?.();
  if (pgliteDir) rmSync(pgliteDir, { recursive: true, force: true });
});

async function submitter(base: string) {
  const { slug, facilityId } = await withDatabase(async (db) => {
    const [row] = await queryRows<{ slug: string; facility_id: string }>(
      db,
      sql`select p.slug, f.id as facility_id from programmes p join facilities f on f.id = p.facility_id where f.vetting_status = 'vetted' and p.published order by p.slug limit 1`,
    );
    return { slug: row!.slug, facilityId: row!.facility_id };
  });
  return async (key: string): Promise<number> => {
    const forwarded = `198.51.100.${Number.parseInt(key.slice(0, 2), 16)}`;
    const page = await fetch(`${base}/en/consultations/new?p=${slug}`, {
      headers: { "x-forwarded-for": forwarded },
    });
    const html = await page.text();
    const csrf = /_csrf=([^"&]+)"/.exec(html)![1]!;
    const cookie = page.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const form = new FormData();
    const fields: Array<[string, string]> = [
      ["idempotencyKey", key],
      ["programmes", slug],
      ["name", "Durability Demo"],
      ["email", `kill-${key.slice(0, 8)}@example.org`],
      ["country", "México"],
      ["preferredLanguage", "es"],
      ["neuroLevel", "T10"],
      ["ais", "C"],
      ["website", ""],
      ["consent", facilityId],
    ];
    for (const [k, v] of fields) form.append(k, v);
    const res = await fetch(`${base}/en/consultations?_csrf=${csrf}`, {
      method: "POST",
      body: form,
      headers: { cookie, "x-forwarded-for": forwarded },
    });
    await res.arrayBuffer();
    return res.status;
  };
}

describe(`durability on ${kind}`, () => {
  it("keeps every acknowledged request, once, across a SIGKILL and a restart", async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    // Read what to submit before the server starts: on PGlite only one process may open the database.
    const submit = await submitter(base);
    let server = startServer(port);
    await waitUntilUp(base);

    const keys = Array.from({ length: 60 }, () => randomUUID());
    const acknowledged: string[] = [];
    let killed = false;
    // Four clients submit in parallel; the server is killed while they are still going.
    const clients = [0, 1, 2, 3].map(async (c) => {
      for (let i = c; i < keys.length; i += 4) {
        try {
          const status = await submit(keys[i]!);
          if (status === 201 || status === 200) acknowledged.push(keys[i]!);
          if (acknowledged.length >= 12 && !killed) {
            killed = true;
            server.kill("SIGKILL");
          }
        } catch {
          // The server is gone: this request was never acknowledged.
        }
      }
    });
    await Promise.all(clients);
    await stop(server, "SIGKILL");
    expect(killed).toBe(true);
    expect(acknowledged.length).toBeGreaterThanOrEqual(12);

    // Restart on the same database; clients retry every request with its original key.
    server = startServer(port);
    await waitUntilUp(base);
    for (const key of keys.slice(0, 30)) expect([200, 201]).toContain(await submit(key));
    await stop(server, "SIGTERM");

    const counts = await withDatabase((db) =>
      queryRows<{ idempotency_key: string; n: number }>(
        db,
        sql`select idempotency_key, count(*)::int as n from consultation_requests where email like 'kill-%' group by idempotency_key`,
      ),
    );
    const byKey = new Map(counts.map((r) => [r.idempotency_key, r.n]));
    for (const key of acknowledged) expect(byKey.get(key), `acknowledged ${key}`).toBe(1);
    for (const n of byKey.values()) expect(n).toBe(1);
    for (const key of keys.slice(0, 30)) expect(byKey.get(key)).toBe(1);
  }, 180_000);
});
