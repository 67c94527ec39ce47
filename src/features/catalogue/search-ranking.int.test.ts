import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/helpers/app.js";
import { queryRows, sql } from "../../db/client.js";
import { generateSyntheticCatalogue } from "../../db/seed/synthetic.js";
import { isoDay } from "../../shared/clock.js";
import { COUNT_CAP, PAGE_SIZE, RANK_WINDOW } from "./catalogue.repo.js";

// A catalogue big enough that a broad word matches more programmes than relevance ranks (RANK_WINDOW) and
// more than the count cap, as on a real catalogue of thousands of listings.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await generateSyntheticCatalogue(t.database.db, { programmes: 3000, today: isoDay(new Date()) });
}, 120_000);
afterAll(() => t.close());

const RANK_OF: Record<string, number> = { vetted: 0, partly_verified: 1, lapsed: 2, not_verified: 3 };

type Row = { slug: string; facility: { vettingStatus: string; city: string } };
async function page(query: string, n: number) {
  const res = await t.app.inject({ url: `/api/v1/programmes?${query}&page=${n}` });
  expect(res.statusCode).toBe(200);
  return res.json() as { data: Row[]; total: number; totalIsLowerBound: boolean; pageCount: number };
}

describe("a text search with more matches than relevance ranks", () => {
  it("pages through every match once, the ranked ones first, then the rest vetted first", async () => {
    const first = await page("q=therapy", 1);
    expect(first.total).toBe(COUNT_CAP);
    expect(first.totalIsLowerBound).toBe(true);
    expect(first.pageCount).toBe(COUNT_CAP / PAGE_SIZE);

    const rows: Row[] = [...first.data];
    for (let n = 2; n <= first.pageCount; n++) {
      const next = await page("q=therapy", n);
      expect(next.data).toHaveLength(PAGE_SIZE);
      rows.push(...next.data);
    }
    expect(new Set(rows.map((r) => r.slug)).size).toBe(COUNT_CAP);

    // The ranked window holds the most trustworthy matches: none of it is less vetted than what follows.
    const ranks = rows.map((r) => RANK_OF[r.facility.vettingStatus]!);
    const window = ranks.slice(0, RANK_WINDOW);
    const rest = ranks.slice(RANK_WINDOW);
    expect(Math.max(...window)).toBeLessThanOrEqual(Math.min(...rest));
    // Past the window, matches follow the default order's statuses.
    expect(rest).toEqual([...rest].sort((a, b) => a - b));
  });

  it("keeps a status filter's matches to that status and still fills every page", async () => {
    const first = await page("q=therapy&status=lapsed", 1);
    expect(first.total).toBeGreaterThan(RANK_WINDOW);
    const last = await page("q=therapy&status=lapsed", first.pageCount);
    expect(last.data.length).toBe(first.total - (first.pageCount - 1) * PAGE_SIZE);
    for (const row of [...first.data, ...last.data]) expect(row.facility.vettingStatus).toBe("lapsed");
  });

  it("finds, with a city filter, exactly that city's matches, for a city of several words too", async () => {
    for (const city of ["Ciudad de México", "Guadalajara"]) {
      const q = "intrathecal hospital";
      const res = await page(`q=${encodeURIComponent(q)}&city=${encodeURIComponent(city)}`, 1);
      const [expected] = await queryRows<{ n: number }>(
        t.database.db,
        sql`select count(*)::int as n from programmes p join facilities f on f.id = p.facility_id
            where p.published and f.city = ${city} and (p.search_tsv @@ websearch_to_tsquery('candor_en', ${q})
              or p.search_tsv @@ websearch_to_tsquery('candor_es', ${q}) or p.search_tsv @@ websearch_to_tsquery('candor_simple', ${q}))`,
      );
      expect(expected!.n).toBeGreaterThan(0);
      expect(res.total).toBe(Math.min(expected!.n, COUNT_CAP));
      for (const row of res.data) expect(row.facility.city).toBe(city);
    }
  });

  it("shows the same page the same way when asked again after the catalogue changed", async () => {
    const before = await page("q=cord+cells", 3);
    // Any write to a listing moves the catalogue version on, so the search runs afresh.
    await t.database.db.execute(sql`update catalogue_version set version = version + 1`);
    const again = await page("q=cord+cells", 3);
    expect(again.data.map((r) => r.slug)).toEqual(before.data.map((r) => r.slug));
  });
});
