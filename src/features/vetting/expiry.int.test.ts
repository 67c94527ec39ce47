import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/helpers/app.js";
import { SYSTEM } from "../../authz/actor.js";
import { queryRows, sql } from "../../db/client.js";
import { addDays } from "../../shared/clock.js";
import { addMembership } from "../accounts/accounts.repo.js";
import { createUser } from "../accounts/accounts.service.js";
import { runDueJobs } from "../jobs/scheduler.js";
import { reevaluateFacilities } from "./expiry.service.js";

let t: TestApp;
let facility: { id: string; slug: string; programme: string };
const links = { publicUrl: "http://localhost:3000" };
const TODAY = "2026-11-25";

beforeAll(async () => {
  t = await createTestApp();
  [facility] = (await queryRows<typeof facility>(
    t.database.db,
    sql`select f.id, f.slug, (select p.slug from programmes p where p.facility_id = f.id order by p.slug limit 1) as programme
        from facilities f where f.vetting_status = 'vetted' order by f.slug limit 1`,
  )) as [typeof facility];
  // Make the licence the earliest-expiring evidence: 20 days from "today".
  await t.database.db.execute(
    sql`update standard_verifications set status = 'verified', valid_until = ${addDays(TODAY, 400)}::date where facility_id = ${facility.id}`,
  );
  await t.database.db.execute(
    sql`update standard_verifications set valid_until = ${addDays(TODAY, 20)}::date where facility_id = ${facility.id} and standard = 'cofepris_licence'`,
  );
  const staff = await createUser(t.database.db, SYSTEM, {
    email: "expiry-staff@example.org",
    role: "clinic_staff",
    password: "expiry passphrase 1",
  });
  await addMembership(t.database.db, staff.id, facility.id);
});
afterAll(() => t.close());

const statusOf = async () =>
  (
    await queryRows<{ vetting_status: string }>(
      t.database.db,
      sql`select vetting_status from facilities where id = ${facility.id}`,
    )
  )[0]!.vetting_status;
const warnings = async () =>
  (
    await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from email_outbox where to_address = 'expiry-staff@example.org'`,
    )
  )[0]!.n;

describe("daily re-vetting", () => {
  it("warns staff once, 30 days ahead, and keeps the facility vetted until the evidence lapses", async () => {
    const first = await reevaluateFacilities(t.database.db, TODAY, links);
    expect(first.warningsSent).toBe(1);
    expect(await warnings()).toBe(1);
    const [mail] = await queryRows<{ subject: string; body: string }>(
      t.database.db,
      sql`select subject, body from email_outbox where to_address = 'expiry-staff@example.org'`,
    );
    expect(mail!.body).toContain(addDays(TODAY, 20));
    expect((await reevaluateFacilities(t.database.db, addDays(TODAY, 1), links)).warningsSent).toBe(0);
    expect(await warnings()).toBe(1);
    expect(await statusOf()).toBe("vetted");
  });

  it("expires the standard the day after, drops 'vetted', records it, and the listing says expired", async () => {
    const run = await reevaluateFacilities(t.database.db, addDays(TODAY, 21), links);
    // Other demo facilities may lapse too (one is seeded with lapsed evidence); this one must be among them.
    expect(run.expired).toBeGreaterThanOrEqual(1);
    const [licence] = await queryRows<{ status: string }>(
      t.database.db,
      sql`select status from standard_verifications where facility_id = ${facility.id} and standard = 'cofepris_licence'`,
    );
    expect(licence!.status).toBe("expired");
    expect(await statusOf()).toBe("lapsed");
    const audit = await queryRows<{ action: string }>(
      t.database.db,
      sql`select action from audit_events where facility_id = ${facility.id} order by id`,
    );
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(["standard.expiry_warned", "standard.expired", "facility.status_changed"]),
    );
    const page = await t.app.inject({ method: "GET", url: `/en/programmes/${facility.programme}` });
    expect(page.body).toMatch(/[Ee]xpired/);
    // Idempotent: a second run the same day changes nothing.
    expect(await reevaluateFacilities(t.database.db, addDays(TODAY, 21), links)).toEqual({
      expired: 0,
      statusChanges: 0,
      warningsSent: 0,
    });
  });
});

describe("the durable scheduler", () => {
  it("runs a due job once, not again until its period passes, and catches up after downtime", async () => {
    let runs = 0;
    const job = { name: "test.job", everyMs: 86_400_000, run: async () => `run ${++runs}` };
    const t0 = new Date("2026-11-25T03:00:00Z");
    expect(await runDueJobs(t.database.db, [job], t0)).toEqual(["test.job"]);
    expect(await runDueJobs(t.database.db, [job], new Date(t0.getTime() + 3_600_000))).toEqual([]);
    // The "server" was down for three days: the next check runs it once, not three times.
    expect(await runDueJobs(t.database.db, [job], new Date(t0.getTime() + 3 * 86_400_000))).toEqual([
      "test.job",
    ]);
    expect(runs).toBe(2);
    const [row] = await queryRows<{ last_result: string }>(
      t.database.db,
      sql`select last_result from scheduled_jobs where name = 'test.job'`,
    );
    expect(row!.last_result).toBe("run 2");
  });

  it("retries a run that failed once its lease expires", async () => {
    let attempts = 0;
    const job = {
      name: "test.flaky",
      everyMs: 86_400_000,
      run: async () => {
        attempts++;
        if (attempts === 1) throw new Error("boom");
        return "ok";
      },
    };
    const t0 = new Date("2026-11-25T03:00:00Z");
    expect(await runDueJobs(t.database.db, [job], t0)).toEqual([]);
    expect(await runDueJobs(t.database.db, [job], new Date(t0.getTime() + 60_000))).toEqual([]);
    expect(await runDueJobs(t.database.db, [job], new Date(t0.getTime() + 11 * 60_000))).toEqual([
      "test.flaky",
    ]);
    expect(attempts).toBe(2);
  });
});
