import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/helpers/app.js";
import { main } from "../../cli/index.js";
import { queryRows, sql } from "../../db/client.js";

let t: TestApp;
let priced: string;
let unpriced: string;

beforeAll(async () => {
  t = await createTestApp();
  priced = (
    await queryRows<{ slug: string }>(
      t.database.db,
      sql`select slug from programmes where price_low_minor is not null order by slug limit 1`,
    )
  )[0]!.slug;
  unpriced = (
    await queryRows<{ slug: string }>(
      t.database.db,
      sql`select slug from programmes where price_low_minor is null order by slug limit 1`,
    )
  )[0]!.slug;
});
afterAll(() => t.close());

const get = (url: string) => t.app.inject({ method: "GET", url });
type Line = { item: string; low: number; high: number; basis: string };
type EstimateBody = {
  currency: string;
  ratesAsOf: string;
  lines: Line[];
  total: { low: number; high: number };
  unknown: string[];
};

describe("GET /api/v1/estimate", () => {
  it("returns lines whose sums are exactly the total, in the chosen currency", async () => {
    const res = await get(`/api/v1/estimate?p=${priced}&currency=MXN&companions=1&origin=DFW&nights=3`);
    expect(res.statusCode).toBe(200);
    const body = res.json() as EstimateBody;
    expect(body.currency).toBe("MXN");
    expect(body.ratesAsOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(body.lines.map((l) => l.item)).toEqual(
      expect.arrayContaining(["programme", "lodging", "flights", "meals", "insurance", "ground_transport"]),
    );
    expect(body.total.low).toBe(body.lines.reduce((s, l) => s + l.low, 0));
    expect(body.total.high).toBe(body.lines.reduce((s, l) => s + l.high, 0));
    for (const l of body.lines) expect(Number.isInteger(l.low) && l.low <= l.high).toBe(true);
    expect(body.lines.find((l) => l.item === "flights")!.basis).toContain("DFW");
  });

  it("gives the same figures for the same query (shareable) and different ones when an assumption changes", async () => {
    const a = (await get(`/api/v1/estimate?p=${priced}&currency=CAD`)).json() as EstimateBody;
    const b = (await get(`/api/v1/estimate?p=${priced}&currency=CAD`)).json() as EstimateBody;
    const c = (
      await get(`/api/v1/estimate?p=${priced}&currency=CAD&lodging_low=50&lodging_high=60&amounts_in=CAD`)
    ).json() as EstimateBody;
    expect(b).toEqual(a);
    expect(c.lines.find((l) => l.item === "lodging")!.low).toBeLessThan(
      a.lines.find((l) => l.item === "lodging")!.low,
    );
  });

  it("lists an unpublished programme price as unknown instead of zero", async () => {
    const body = (await get(`/api/v1/estimate?p=${unpriced}`)).json() as EstimateBody;
    expect(body.unknown).toContain("programme_price");
    expect(body.lines.some((l) => l.item === "programme")).toBe(false);
  });

  it("answers bad input with a clear 400 and no estimate", async () => {
    for (const q of [
      `p=${priced}&currency=GBP`,
      `p=${priced}&nights=-2`,
      `p=${priced}&lodging_low=abc&lodging_high=10`,
      `p=${priced}&flight_low=900&flight_high=100`,
      `p=${priced}&flight_low=99999999999`,
      `p=${priced}&lodging_low=10`,
      "p=no-such-programme",
      "currency=USD",
      `p=${priced}&bogus=1`,
    ]) {
      const res = await get(`/api/v1/estimate?${q}`);
      expect(res.statusCode, q).toBe(400);
      const body = res.json() as {
        error: { code: string; message: string; issues: Array<{ field: string; message: string }> };
      };
      expect(body.error.code).toBe("VALIDATION");
      expect(body.error.issues.length, q).toBeGreaterThan(0);
      expect(body.error.issues[0]!.message).not.toMatch(/^estimate\./);
    }
  });
});

describe("the estimate page", () => {
  it("renders the figures, the assumptions and the unknowns in both languages", async () => {
    const en = await get(`/en/estimate?p=${priced}&currency=MXN&companions=2`);
    expect(en.statusCode).toBe(200);
    expect(en.body).toContain("MXN");
    expect(en.body).toContain("Flights (choose where you fly from, or type your fare)");
    expect(en.body).toContain('name="amounts_in" value="MXN"');
    const es = await get(`/es/estimate?p=${priced}&currency=MXN&companions=2`);
    expect(es.body).toContain("Costo estimado");
    expect(es.body).toContain('lang="es"');
  });

  it("keeps what the user typed and explains each error, in Spanish too", async () => {
    const res = await get(`/es/estimate?p=${priced}&nights=muchas&flight_low=500&flight_high=100`);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain("Las noches adicionales deben ser un número entero");
    expect(res.body).toContain("La cifra superior no puede ser menor que la inferior.");
    expect(res.body).toContain('value="muchas"');
  });

  it("offers a programme picker when none is chosen", async () => {
    const res = await get("/en/estimate");
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("Choose a programme to see an estimate.");
    expect(res.body).toContain(`value="${priced}"`);
  });
});

describe("candor estimate and rates", () => {
  async function run(args: string[]) {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let out = "";
    let err = "";
    stdout.on("data", (d) => (out += d));
    stderr.on("data", (d) => (err += d));
    const code = await main(args, { stdin: new PassThrough(), stdout, stderr });
    return { code, out, err };
  }

  it("rejects a malformed rate or date without touching the database", async () => {
    expect((await run(["rates", "set", "USD:MXN=abc"])).code).toBe(2);
    expect((await run(["rates", "set", "USD:GBP=1.2"])).err).toContain("unknown currency GBP");
    expect((await run(["rates", "set", "USD:MXN=18", "--as-of", "2025-02-30"])).err).toContain(
      "is not a date",
    );
    expect((await run(["estimate"])).err).toContain("--program is required");
  });
});
