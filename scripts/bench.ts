// `npm run bench`: measures and prints; asserts nothing. See docs/architecture.md ("Performance").
import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { buildApp } from "../src/app.js";
import { BATCH_RECORDS } from "../src/cli/commands/redflags.js";
import { loadConfig, testConfig } from "../src/config.js";
import { type Database, openDatabase, sql } from "../src/db/client.js";
import { DEMO_CATALOGUE } from "../src/db/seed/demo-catalogue.js";
import { seedDemoCatalogue } from "../src/db/seed/seed.js";
import { generateSyntheticCatalogue } from "../src/db/seed/synthetic.js";
import { measureScanRate } from "../src/features/redflags/engine/bench.js";
import { isoDay } from "../src/shared/clock.js";

const PROGRAMMES = Number(process.argv.find((a) => a.startsWith("--programmes="))?.split("=")[1] ?? 100_000);
const SEARCH_REQUESTS = 300;
const LOAD_SECONDS = 8;

const SEARCHES = [
  "q=umbilical+cord",
  "q=c%C3%A9lulas+madre+cord%C3%B3n+umbilical",
  "q=intrathecal+hospital&status=vetted",
  "q=rehabilitaci%C3%B3n+intensiva&city=Guadalajara",
  "q=zeta1234",
  "q=umbilicl+cord", // a typo
  "city=Tijuana&route=intrathecal&pt=1",
  "min=8000&max=15000&currency=USD&sort=price_asc",
  "min=150000&max=300000&currency=MXN",
  "source=adipose&language=en&sort=price_desc",
  "q=physical+therapy&fresh=1",
  "status=vetted&page=3",
];

const today = isoDay(new Date());
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function prepare(database: Database, label: string) {
  const started = performance.now();
  await database.db.transaction((tx) => seedDemoCatalogue(tx, DEMO_CATALOGUE, today));
  await generateSyntheticCatalogue(database.db, { programmes: PROGRAMMES, today });
  console.log(
    `${label}: demo + ${PROGRAMMES.toLocaleString("en")} synthetic programmes loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

/**
 * Search latency through the API, twice: with the result cache cold (the catalogue version is moved on
 * before every request, as any change to a listing does, so each search runs its queries) and warm (the
 * same searches asked again while the catalogue is unchanged, which the result cache answers).
 */
async function searchLatency(base: string, label: string, database: Database) {
  const run = async (cold: boolean) => {
    const times: number[] = [];
    for (let i = 0; i < SEARCH_REQUESTS; i++) {
      const q = SEARCHES[i % SEARCHES.length];
      if (cold) await database.db.execute(sql`update catalogue_version set version = version + 1`);
      const t0 = performance.now();
      const res = await fetch(`${base}/api/v1/programmes?${q}`);
      await res.arrayBuffer();
      times.push(performance.now() - t0);
      if (res.status !== 200) throw new Error(`search ${q} answered ${res.status}`);
    }
    times.sort((a, b) => a - b);
    return times;
  };
  // Warm up the plan caches once per query shape (and, before the warm run, the result cache).
  const warmUp = async () => {
    for (const q of SEARCHES) await fetch(`${base}/api/v1/programmes?${q}`);
  };
  await warmUp();
  const line = (what: string, times: number[]) =>
    console.log(
      `${label} search through the API, ${what} (${SEARCH_REQUESTS} requests, ${SEARCHES.length} query shapes): p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}, max ${ms(times.at(-1)!)}`,
    );
  line("every search run afresh", await run(true));
  await warmUp();
  line("repeated searches (result cache)", await run(false));
}

async function rate(url: string, headers: Record<string, string> = {}): Promise<number> {
  const result = await autocannon({ url, connections: 10, duration: LOAD_SECONDS, headers });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return result.requests.average;
}

async function withServer(
  database: Database,
  run: (base: string, app: Awaited<ReturnType<typeof buildApp>>) => Promise<void>,
) {
  const app = await buildApp(testConfig({ logLevel: "silent" }), { database });
  let staticBody = "";
  // The same bytes as the listing page, served from the same process with no database work: the ceiling.
  app.get("/bench/static-listing", async (_req, reply) =>
    reply.type("text/html; charset=utf-8").send(staticBody),
  );
  await app.listen({ host: "127.0.0.1", port: 0 });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const listingPath = `/en/programmes/${DEMO_CATALOGUE[0]!.programmes[0]!.slug}`;
  staticBody = await (await fetch(`${base}${listingPath}`)).text();
  try {
    await run(base, app);
  } finally {
    await app.close();
  }
}

async function pagesAndBytes(base: string) {
  const listingPath = `/en/programmes/${DEMO_CATALOGUE[0]!.programmes[0]!.slug}`;
  const html = await (await fetch(`${base}${listingPath}`)).arrayBuffer();
  const css = await (await fetch(`${base}/assets/app.css`)).arrayBuffer();
  const js = await (await fetch(`${base}/assets/app.js`)).arrayBuffer();
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(
    `Listing page transfer: HTML ${kb(html.byteLength)} + CSS ${kb(css.byteLength)} + JS ${kb(js.byteLength)} = ${kb(html.byteLength + css.byteLength + js.byteLength)} (JavaScript ${kb(js.byteLength)})`,
  );
  const listingRate = await rate(`${base}${listingPath}`);
  const staticRate = await rate(`${base}/bench/static-listing`);
  console.log(
    `Listing page: ${listingRate.toFixed(0)} req/s; static route with the same bytes: ${staticRate.toFixed(0)} req/s; ratio ${((100 * listingRate) / staticRate).toFixed(0)} % (10 connections, ${LOAD_SECONDS} s each; anonymous visitors get the cached page)`,
  );
  // A visitor with a compare list gets a page rendered for them (from cached listing data).
  const personalRate = await rate(`${base}${listingPath}`, {
    cookie: `candor_compare=${DEMO_CATALOGUE[1]!.programmes[0]!.slug}`,
  });
  console.log(
    `Listing page rendered per visitor (compare list set): ${personalRate.toFixed(0)} req/s; ratio ${((100 * personalRate) / staticRate).toFixed(0)} %`,
  );
}

async function main() {
  console.log(
    `Candor benchmark — Node ${process.version}, ${PROGRAMMES.toLocaleString("en")} synthetic programmes\n`,
  );

  // Five runs each, median reported: one run is about a second, and on our machine the speed of this work swung
  // by up to a half from one minute to the next while a plain arithmetic loop held steady.
  const median = (batch: number) => {
    const runs = Array.from({ length: 5 }, () => measureScanRate(batch)).sort(
      (a, b) => a.megabytesPerSecond - b.megabytesPerSecond,
    );
    const mid = runs[2]!;
    return `${mid.megabytesPerSecond.toFixed(1)} MB/s (runs ${runs.map((s) => s.megabytesPerSecond.toFixed(1)).join(", ")}; ${(mid.bytes / 1e6).toFixed(1)} MB in ${ms(mid.ms)})`;
  };
  console.log(
    `Red-flag engine on one core, median of 5 runs:\n  a crawl, ${BATCH_RECORDS} texts per batch (candor redflags scan --jsonl): ${median(BATCH_RECORDS)}\n  one text at a time (Check a claim): ${median(1)}`,
  );

  const dir = mkdtempSync(join(tmpdir(), "candor-bench-"));
  const pglite = await openDatabase({ kind: "pglite", dir });
  try {
    await prepare(pglite, "PGlite");
    await withServer(pglite, async (base) => {
      await searchLatency(base, "PGlite", pglite);
      await pagesAndBytes(base);
    });
  } finally {
    await pglite.close();
    rmSync(dir, { recursive: true, force: true });
  }

  const config = loadConfig();
  if (config.database.kind !== "postgres") {
    console.log("\nPostgreSQL: skipped (set DATABASE_URL to measure it).");
    return;
  }
  const admin = new pg.Client({ connectionString: config.database.url });
  await admin.connect();
  const name = `candor_bench_${process.pid}`;
  await admin.query(`create database ${name}`);
  const url = new URL(config.database.url);
  url.pathname = `/${name}`;
  const postgres = await openDatabase({ kind: "postgres", url: url.toString() });
  try {
    await prepare(postgres, "PostgreSQL");
    await withServer(postgres, async (base) => {
      await searchLatency(base, "PostgreSQL", postgres);
    });
  } finally {
    await postgres.close();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

await main();
