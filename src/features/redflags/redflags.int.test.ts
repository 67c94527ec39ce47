import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/helpers/app.js";
import { queryRows, sql } from "../../db/client.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("red flags in the product", () => {
  it("marks a listing's own words and its data, explained in the reader's language", async () => {
    const [row] = await queryRows<{ slug: string }>(
      t.database.db,
      sql`select p.slug from programmes p join facilities f on f.id = p.facility_id where f.own_text_en ilike '%guarantee you will walk again%' limit 1`,
    );
    const en = await t.app.inject({ url: `/en/programmes/${row!.slug}` });
    expect(en.body).toContain("Red flags in these words");
    expect(en.body).toContain("<mark>");
    expect(en.body).toContain("Red flags in what the clinic has (and has not) shown");
    expect(en.body).toContain("Only an aviso, not a licence");
    const es = await t.app.inject({ url: `/es/programmes/${row!.slug}` });
    expect(es.body).toContain("Señales de alerta en estas palabras");
    expect(es.body).toMatch(/class="finding finding-(high|medium)"/);
    expect(es.body).toContain("Solo un aviso, no una licencia");
  });

  it("keeps honest listings free of text flags", async () => {
    const [row] = await queryRows<{ slug: string }>(
      t.database.db,
      sql`select slug from programmes where slug = 'aurora-uc-intrathecal-rehab'`,
    );
    const page = await t.app.inject({ url: `/en/programmes/${row!.slug}` });
    expect(page.body).not.toContain("Red flags in these words");
  });

  it("scans pasted text through the API, refusing empty and over-long input", async () => {
    const ok = await t.app.inject({
      method: "POST",
      url: "/api/v1/redflags/scan",
      payload: { text: "¡Células milagrosas! Sin efectos secundarios." },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().findings.map((f: { code: string }) => f.code)).toEqual([
      "miracle-hype",
      "absolute-safety",
    ]);
    expect(
      (await t.app.inject({ method: "POST", url: "/api/v1/redflags/scan", payload: { text: "   " } }))
        .statusCode,
    ).toBe(400);
    expect(
      (
        await t.app.inject({
          method: "POST",
          url: "/api/v1/redflags/scan",
          payload: { text: "a".repeat(20_001) },
        })
      ).statusCode,
    ).toBe(400);
  });
});
