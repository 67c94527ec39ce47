import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/helpers/app.js";
import { queryRows, sql } from "../../db/client.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const version = async () =>
  Number(
    (await queryRows<{ v: string }>(t.database.db, sql`select version as v from catalogue_version`))[0]!.v,
  );

describe("cached listing pages", () => {
  it("serve the change on the next request after any write to what the listing shows, however it was made", async () => {
    const [p] = await queryRows<{ slug: string; id: string; title: string }>(
      t.database.db,
      sql`select slug, id, title_en as title from programmes where published order by slug limit 1`,
    );
    const url = `/en/programmes/${p!.slug}`;
    const first = await t.app.inject(url);
    expect(first.body).toContain(p!.title.replace(/&/g, "&amp;"));
    expect((await t.app.inject(url)).body).toBe(first.body);

    // A write outside the app (as a CLI or another server process would make) moves the version on.
    const before = await version();
    await t.database.db.execute(
      sql`update programmes set title_en = 'Renamed demo programme for the cache test' where id = ${p!.id}`,
    );
    expect(await version()).toBeGreaterThan(before);
    expect((await t.app.inject(url)).body).toContain("Renamed demo programme for the cache test");

    // So does a change to a related table (the facility's standards), and a rolled-back change does not.
    const atVersion = await version();
    await t.database.db
      .transaction(async (tx) => {
        await tx.execute(
          sql`update facilities set name = 'Never committed' where id = (select facility_id from programmes where id = ${p!.id})`,
        );
        throw new Error("roll back");
      })
      .catch(() => {});
    expect(await version()).toBe(atVersion);
    await t.database.db.execute(
      sql`update standard_verifications set status = 'rejected', checked_on = '2026-11-01', checked_by = 'cache test', reason_en = 'Cache test'
        where facility_id = (select facility_id from programmes where id = ${p!.id}) and standard = 'coa_per_lot'`,
    );
    const after = await t.app.inject(url);
    expect(after.body).not.toContain("Never committed");
    expect(after.body).toContain("Rejected");
  });

  it("never shares a page that says something personal", async () => {
    const [p] = await queryRows<{ slug: string }>(
      t.database.db,
      sql`select slug from programmes where published order by slug desc limit 1`,
    );
    const url = `/en/programmes/${p!.slug}`;
    await t.app.inject(url);
    const withCompare = await t.app.inject({ url, headers: { cookie: `candor_compare=${p!.slug}` } });
    expect(withCompare.body).toContain("Compare (1)");
    expect((await t.app.inject(url)).body).toContain("Compare (0)");
  });
});
