import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/helpers/app.js";
import { signedInClient } from "../../../test/helpers/client.js";
import { queryRows, sql } from "../../db/client.js";
import { fixedClock } from "../../shared/clock.js";
import { addMembership } from "../accounts/accounts.repo.js";

/**
 * Editing and removing a facility's records in the clinic portal, on a vetted demo facility: what changes,
 * what a verification still covers, what the public sees, and what the audit log says.
 */
let t: TestApp;
let facility: { id: string; slug: string };
const TODAY = "2026-11-30";

const q = <T>(query: ReturnType<typeof sql>) => queryRows<T>(t.database.db, query);
const standards = async () =>
  Object.fromEntries(
    (
      await q<{ standard: string; status: string }>(
        sql`select standard, status from standard_verifications where facility_id = ${facility.id}`,
      )
    ).map((r) => [r.standard, r.status]),
  );
const vettingStatus = async () =>
  (await q<{ s: string }>(sql`select vetting_status as s from facilities where id = ${facility.id}`))[0]!.s;
const auditActions = async () =>
  (
    await q<{ action: string }>(
      sql`select action from audit_events where facility_id = ${facility.id} order by at, id`,
    )
  ).map((r) => r.action);

async function staffOf(facilityId: string, email: string) {
  const client = await signedInClient(t, email, "clinic_staff");
  await addMembership(t.database.db, client.userId, facilityId);
  return client;
}

/** The form's current values, read from the edit page as a browser would submit them unchanged. */
function formOf(body: string): Record<string, string> {
  const form = body.slice(
    body.indexOf('class="portal-form"'),
    body.indexOf("</form>", body.indexOf('class="portal-form"')),
  );
  const values: Record<string, string> = {};
  for (const m of form.matchAll(/<input([^>]*)>/g)) {
    const attrs = m[1]!;
    const name = /name="([^"]+)"/.exec(attrs)?.[1];
    if (!name || name === "_csrf") continue;
    if (/type="checkbox"/.test(attrs)) {
      if (/\schecked/.test(attrs)) values[name] = "on";
    } else values[name] = decode(/value="([^"]*)"/.exec(attrs)?.[1] ?? "");
  }
  for (const m of form.matchAll(/<select[^>]*name="([^"]+)"[^>]*>([\s\S]*?)<\/select>/g)) {
    values[m[1]!] = decode(
      /<option[^>]*value="([^"]*)"[^>]*selected/.exec(m[2]!)?.[1] ??
        /<option[^>]*value="([^"]*)"/.exec(m[2]!)?.[1] ??
        "",
    );
  }
  for (const m of form.matchAll(/<textarea[^>]*name="([^"]+)"[^>]*>([\s\S]*?)<\/textarea>/g))
    values[m[1]!] = decode(m[2]!);
  return values;
}
const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

beforeAll(async () => {
  t = await createTestApp({ clock: fixedClock(`${TODAY}T12:00:00Z`) });
  // A vetted demo facility with a clinician, a licence, a lot and a programme on file.
  [facility] = (await q<{ id: string; slug: string }>(
    sql`select id, slug from facilities f where vetting_status = 'vetted'
      and exists (select 1 from clinicians c where c.facility_id = f.id)
      and exists (select 1 from licences l where l.facility_id = f.id)
      and (select count(*) from cell_lots x where x.facility_id = f.id) >= 2
      and exists (select 1 from programmes p where p.facility_id = f.id and p.price_low_minor is not null)
      order by slug limit 1`,
  )) as [{ id: string; slug: string }];
  expect(facility, "the demo data has a fully recorded vetted facility").toBeDefined();
});
afterAll(() => t.close());

describe("editing and removing records in the clinic portal", () => {
  it("changes a programme's price: dated today, the old price kept in the history, the standards untouched", async () => {
    const staff = await staffOf(facility.id, "price@records.example");
    const [programme] = await q<{ id: string; slug: string; low: number; as_of: string }>(
      sql`select id, slug, price_low_minor as low, price_as_of::text as as_of from programmes
        where facility_id = ${facility.id} and price_low_minor is not null order by slug limit 1`,
    );
    const historyBefore = await q<{ n: number }>(
      sql`select count(*)::int as n from price_history where programme_id = ${programme!.id}`,
    );
    const page = await staff.get(`/en/portal/facilities/${facility.id}/programmes/${programme!.id}/edit`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("Edit a programme");
    const form = formOf(page.body);
    expect(Number(form.priceLow) * 100).toBe(Number(programme!.low));

    // Saving the form unchanged changes nothing and records nothing.
    const auditBefore = (await auditActions()).length;
    expect(
      (await staff.post(`/en/portal/facilities/${facility.id}/programmes/${programme!.id}`, form)).statusCode,
    ).toBe(303);
    expect((await auditActions()).length).toBe(auditBefore);
    const [unchanged] = await q<{ as_of: string }>(
      sql`select price_as_of::text as as_of from programmes where id = ${programme!.id}`,
    );
    expect(unchanged!.as_of).toBe(programme!.as_of);

    const newLow = String(Number(form.priceLow) + 1000);
    const newHigh = String(Math.max(Number(form.priceHigh), Number(newLow)) + 1000);
    const saved = await staff.post(`/en/portal/facilities/${facility.id}/programmes/${programme!.id}`, {
      ...form,
      priceLow: newLow,
      priceHigh: newHigh,
    });
    expect(saved.statusCode).toBe(303);
    const [after] = await q<{ low: number; as_of: string }>(
      sql`select price_low_minor as low, price_as_of::text as as_of from programmes where id = ${programme!.id}`,
    );
    expect(Number(after!.low)).toBe(Number(newLow) * 100);
    expect(after!.as_of).toBe(TODAY);
    const history = await q<{ low: number; as_of: string }>(
      sql`select low_minor as low, as_of::text as as_of from price_history where programme_id = ${programme!.id} order by as_of desc, recorded_at desc`,
    );
    expect(history.length).toBe(historyBefore[0]!.n + 1);
    expect(Number(history[0]!.low)).toBe(Number(newLow) * 100);
    expect(history.some((h) => Number(h.low) === Number(programme!.low))).toBe(true);
    expect(await vettingStatus()).toBe("vetted");

    const listing = await t.app.inject({ method: "GET", url: `/en/programmes/${programme!.slug}` });
    expect(listing.body).toContain("Price history");
    expect(await auditActions()).toContain("programme.updated");
  });

  it("sends a verified standard back to review when the record behind it changes, and says why in public", async () => {
    const staff = await staffOf(facility.id, "team@records.example");
    const [clinician] = await q<{ id: string; full_name: string }>(
      sql`select id, full_name from clinicians where facility_id = ${facility.id} order by full_name limit 1`,
    );
    const page = await staff.get(`/es/portal/facilities/${facility.id}/clinicians/${clinician!.id}/edit`);
    expect(page.statusCode).toBe(200);
    const form = formOf(page.body);
    expect(form.fullName).toBe(clinician!.full_name);

    const bad = await staff.post(`/es/portal/facilities/${facility.id}/clinicians/${clinician!.id}`, {
      ...form,
      cedulaProfesional: "12AB",
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain("La cédula se escribe solo con dígitos");
    expect(bad.body).toContain('value="12AB"');
    expect((await standards()).specialist_team).toBe("verified");

    const saved = await staff.post(`/es/portal/facilities/${facility.id}/clinicians/${clinician!.id}`, {
      ...form,
      certificateNumber: "DEMO-CERT-2026-77",
    });
    expect(saved.statusCode).toBe(303);
    expect(await standards()).toMatchObject({ specialist_team: "claimed", hospital_setting: "verified" });
    expect(await vettingStatus()).not.toBe("vetted");
    const actions = await auditActions();
    expect(actions).toEqual(
      expect.arrayContaining(["clinician.updated", "standard.reopened", "facility.status_changed"]),
    );
    const [queued] = await q<{ requested: boolean }>(
      sql`select review_requested_at is not null as requested from facilities where id = ${facility.id}`,
    );
    expect(queued!.requested).toBe(true);
    const publicPage = await t.app.inject({ method: "GET", url: `/en/facilities/${facility.slug}` });
    expect(publicPage.body).toContain("Changed by the clinic after it was verified");
  });

  it("edits a lot, refuses a code another lot has, and removes a lot only when the removal is confirmed", async () => {
    const staff = await staffOf(facility.id, "lots@records.example");
    const lots = await q<{ id: string; lot_code: string }>(
      sql`select id, lot_code from cell_lots where facility_id = ${facility.id} order by lot_code`,
    );
    const [first, second] = lots as [{ id: string; lot_code: string }, { id: string; lot_code: string }];
    const base = `/en/portal/facilities/${facility.id}/lots/${first.id}`;
    const form = formOf((await staff.get(`${base}/edit`)).body);
    expect(form.lotCode).toBe(first.lot_code);

    const clash = await staff.post(base, { ...form, lotCode: second.lot_code });
    expect(clash.statusCode).toBe(400);
    expect(clash.body).toContain("already has a lot with that code");

    expect((await staff.post(base, { ...form, viabilityPercent: "91 %" })).statusCode).toBe(303);
    const [edited] = await q<{ viability: string }>(
      sql`select coa->>'viabilityPercent' as viability from cell_lots where id = ${first.id}`,
    );
    expect(edited!.viability).toBe("91 %");

    const unconfirmed = await staff.post(`${base}/remove`, {});
    expect(unconfirmed.statusCode).toBe(400);
    expect(unconfirmed.body).toContain("Tick the box to confirm");
    expect((await q(sql`select 1 from cell_lots where id = ${first.id}`)).length).toBe(1);

    const removed = await staff.post(`${base}/remove`, { confirmRemove: "on" });
    expect(removed.statusCode).toBe(303);
    expect(removed.headers.location).toContain("removed=1");
    expect((await q(sql`select 1 from cell_lots where id = ${first.id}`)).length).toBe(0);
    expect(await auditActions()).toEqual(expect.arrayContaining(["lot.updated", "lot.removed"]));
    expect((await staff.get(`${base}/edit`)).statusCode).toBe(404);
  });

  it("holds a programme back from the public when its new words carry a high-severity red flag", async () => {
    const staff = await staffOf(facility.id, "words@records.example");
    const [programme] = await q<{ id: string; slug: string }>(
      sql`select id, slug from programmes where facility_id = ${facility.id} and published order by slug desc limit 1`,
    );
    const base = `/en/portal/facilities/${facility.id}/programmes/${programme!.id}`;
    const form = formOf((await staff.get(`${base}/edit`)).body);
    const saved = await staff.post(base, {
      ...form,
      ownTextEn: "Our stem cells cure paralysis. Guaranteed results, walk again in weeks.",
    });
    expect(saved.statusCode).toBe(303);
    expect((await t.app.inject({ method: "GET", url: `/en/programmes/${programme!.slug}` })).statusCode).toBe(
      404,
    );
    const [held] = await q<{ published: boolean }>(
      sql`select published from programmes where id = ${programme!.id}`,
    );
    expect(held!.published).toBe(false);
    const portal = await staff.get(`/en/portal/facilities/${facility.id}`);
    expect(portal.body).toContain("not public until a reviewer has looked at it");
  });

  it("removes a programme and a licence; staff of another facility get 404 and change nothing", async () => {
    const staff = await staffOf(facility.id, "remove@records.example");
    const [other] = await q<{ id: string }>(
      sql`select id from facilities where id <> ${facility.id} order by slug limit 1`,
    );
    const outsider = await staffOf(other!.id, "outsider@records.example");
    const [licence] = await q<{ id: string }>(
      sql`select id from licences where facility_id = ${facility.id} order by id limit 1`,
    );
    const [programme] = await q<{ id: string; slug: string }>(
      sql`select id, slug from programmes where facility_id = ${facility.id} order by slug limit 1`,
    );
    const licenceBase = `/en/portal/facilities/${facility.id}/licences/${licence!.id}`;
    const programmeBase = `/en/portal/facilities/${facility.id}/programmes/${programme!.id}`;
    const auditBefore = (await auditActions()).length;
    for (const url of [`${licenceBase}/edit`, `${programmeBase}/edit`])
      expect((await outsider.get(url)).statusCode, url).toBe(404);
    for (const url of [`${licenceBase}/remove`, `${programmeBase}/remove`])
      expect((await outsider.post(url, { confirmRemove: "on" })).statusCode, url).toBe(404);
    expect(
      (
        await outsider.post(licenceBase, {
          authority: "COFEPRIS",
          kind: "other",
          number: "X-1",
          scope: "",
          address: "Calle 1, Ciudad",
        })
      ).statusCode,
    ).toBe(404);
    expect((await auditActions()).length).toBe(auditBefore);
    expect((await q(sql`select 1 from licences where id = ${licence!.id}`)).length).toBe(1);

    expect((await staff.post(`${licenceBase}/remove`, { confirmRemove: "on" })).statusCode).toBe(303);
    expect((await q(sql`select 1 from licences where id = ${licence!.id}`)).length).toBe(0);
    expect((await staff.post(`${programmeBase}/remove`, { confirmRemove: "on" })).statusCode).toBe(303);
    expect((await t.app.inject({ method: "GET", url: `/en/programmes/${programme!.slug}` })).statusCode).toBe(
      404,
    );
    expect(await auditActions()).toEqual(expect.arrayContaining(["licence.removed", "programme.removed"]));
  });
});
