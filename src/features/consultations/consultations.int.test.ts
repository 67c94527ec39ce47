import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/helpers/app.js";
import { browserClient, type UploadFile } from "../../../test/helpers/client.js";
import { SYSTEM } from "../../authz/actor.js";
import { queryRows, sql } from "../../db/client.js";
import { addMembership } from "../accounts/accounts.repo.js";
import { createUser } from "../accounts/accounts.service.js";

let t: TestApp;
let vetted: Array<{ slug: string; facility_id: string }>;
let unvettedSlug: string;

beforeAll(async () => {
  t = await createTestApp();
  vetted = await queryRows<{ slug: string; facility_id: string }>(
    t.database.db,
    sql`select distinct on (f.id) p.slug, f.id as facility_id from programmes p join facilities f on f.id = p.facility_id
        where f.vetting_status = 'vetted' and p.published order by f.id, p.slug limit 3`,
  );
  unvettedSlug = (
    await queryRows<{ slug: string }>(
      t.database.db,
      sql`select p.slug from programmes p join facilities f on f.id = p.facility_id where f.vetting_status <> 'vetted' and p.published limit 1`,
    )
  )[0]!.slug;
});
afterAll(() => t.close());

/** A browser whose uploaded records go in the form's `records` field. */
function browser() {
  const client = browserClient(t);
  return {
    ...client,
    multipart: (url: string, fields: Array<[string, string]>, files: UploadFile[] = []) =>
      client.multipart(
        url,
        fields,
        files.map((f) => ({ field: "records", ...f })),
      ),
  };
}

const profileFields = (key: string, slugs: string[], consent: string[]): Array<[string, string]> => [
  ["idempotencyKey", key],
  ...slugs.map((s): [string, string] => ["programmes", s]),
  ["name", "Rosa Demo Paciente"],
  ["email", "rosa.patient@example.org"],
  ["phone", "+52 33 0000 9999"],
  ["messagingApp", "whatsapp"],
  ["country", "México"],
  ["preferredLanguage", "es"],
  ["neuroLevel", "C6"],
  ["ais", "B"],
  ["injuryDate", "2023-05-10"],
  ["injuryCause", "car accident"],
  ["currentRehab", "Physiotherapy three times a week"],
  ["goals", "Better hand function"],
  ["website", ""],
  ...consent.map((c): [string, string] => ["consent", c]),
];

const count = async (table: string) =>
  (await queryRows<{ n: number }>(t.database.db, sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n;

describe("consultation requests", () => {
  it("sends a request with a record to two vetted facilities once, after email confirmation; a facility replies and the patient answers", async () => {
    const [a, b, c] = vetted as [(typeof vetted)[0], (typeof vetted)[0], (typeof vetted)[0]];
    for (const [who, facility] of [
      ["a", a],
      ["b", b],
      ["c", c],
    ] as const) {
      const u = await createUser(t.database.db, SYSTEM, {
        email: `staff-${who}@consult.example`,
        role: "clinic_staff",
        password: "consult staff pass",
      });
      await addMembership(t.database.db, u.id, facility.facility_id);
    }
    const patient = browser();
    const formPage = await patient.get(`/es/consultations/new?p=${a.slug}&p=${b.slug}`);
    expect(formPage.statusCode).toBe(200);
    expect(formPage.body).toContain("Doy mi consentimiento");
    const key = randomUUID();
    const pdf = Buffer.from("%PDF-1.7\n% DEMO MRI report\n");
    const fields = profileFields(key, [a.slug, b.slug], [a.facility_id, b.facility_id]);
    const first = await patient.multipart("/es/consultations", fields, [
      { name: "resonancia.pdf", bytes: pdf },
    ]);
    expect(first.statusCode).toBe(201);
    expect(first.body).toContain("rosa.patient@example.org");
    const again = await patient.multipart("/es/consultations", fields, [
      { name: "resonancia.pdf", bytes: pdf },
    ]);
    expect(again.statusCode).toBe(200);
    const [req] = await queryRows<{
      id: string;
      status: string;
      profile: Buffer;
      consent_text: string;
      consent_version: string;
    }>(
      t.database.db,
      sql`select id, status, profile, consent_text, consent_version from consultation_requests where idempotency_key = ${key}`,
    );
    expect(await count(`consultation_requests where idempotency_key = '${key}'`)).toBe(1);
    expect(req!.status).toBe("awaiting_confirmation");
    expect(Buffer.from(req!.profile).includes(Buffer.from("Rosa Demo"))).toBe(false);
    expect(req!.consent_text).toContain("Doy mi consentimiento");
    expect(req!.consent_version).toMatch(/^\d{4}-\d{2}-\d{2}/);

    // Staff see nothing until the address is confirmed.
    const staffA = browser();
    const signedIn = await staffA.post("/en/account/sign-in", {
      email: "staff-a@consult.example",
      password: "consult staff pass",
    });
    expect(signedIn.statusCode, signedIn.body.match(/<main[\s\S]*?<\/form>/)?.[0]).toBe(303);
    expect((await staffA.get("/en/portal/inbox")).body).not.toContain(req!.id);

    const [mail] = await queryRows<{ body: string }>(
      t.database.db,
      sql`select body from email_outbox where to_address = 'rosa.patient@example.org' order by created_at desc limit 1`,
    );
    // No health data in email: neither the injury's cause nor the goals.
    expect(mail!.body).not.toContain("car accident");
    expect(mail!.body).not.toContain("Better hand function");
    const link = /http:\/\/localhost:3000(\S+)/.exec(mail!.body)![1]!;
    const status = await patient.get(link);
    expect(status.body).toContain("su correo quedó confirmado");
    expect(status.body).toContain("Entregada");

    const inbox = await staffA.get("/en/portal/inbox");
    expect(inbox.statusCode, inbox.body.slice(0, 300)).toBe(200);
    expect(inbox.body.match(/<main[\s\S]*<\/main>/)?.[0]).toContain("/en/portal/inbox/");
    const open = /href="(\/en\/portal\/inbox\/[0-9a-f-]+\/[0-9a-f-]+)"/.exec(inbox.body)![1]!;
    const read = await staffA.get(open);
    expect(read.body).toContain("Rosa Demo Paciente");
    expect(read.body).toContain("C6");
    const opened = await queryRows<{ subject: string }>(
      t.database.db,
      sql`select subject from email_outbox where to_address = 'rosa.patient@example.org' and subject like '%abrió su solicitud%'`,
    );
    expect(opened.length).toBe(1);
    const recordLink = /href="([^"]+\/records\/[0-9a-f-]+)"/.exec(read.body)![1]!;
    const record = await staffA.get(recordLink);
    expect(record.rawPayload.equals(pdf)).toBe(true);
    const stored = await queryRows<{ content: Buffer }>(
      t.database.db,
      sql`select content from consultation_records where request_id = ${req!.id}`,
    );
    expect(Buffer.from(stored[0]!.content).includes(Buffer.from("DEMO MRI"))).toBe(false);

    expect((await staffA.post(`${open}/messages`, { body: "", proposedTimes: "" })).statusCode).toBe(400);
    expect(
      (
        await staffA.post(`${open}/messages`, {
          body: "We can talk by video.",
          proposedTimes: "Mon 2 Dec 10:00 CST",
        })
      ).statusCode,
    ).toBe(303);
    const afterReply = await patient.get(link);
    expect(afterReply.body).toContain("We can talk by video.");
    expect(afterReply.body).toContain("Consulta propuesta");
    const token = new URL(`http://x${link}`).searchParams.get("token")!;
    const requestPath = link.split("?")[0]!;
    expect(
      (
        await patient.post(`${requestPath}/messages`, {
          token,
          facilityId: a.facility_id,
          body: "Monday works for us.",
        })
      ).statusCode,
    ).toBe(303);
    expect((await staffA.get(open)).body).toContain("Monday works for us.");
    expect((await patient.post(`${requestPath}/close`, { token })).statusCode).toBe(303);
    const closed = await patient.get(link);
    expect(closed.body).toContain("Cerrada");
    expect(closed.body).not.toContain("Su respuesta");

    // Staff of a facility the patient did not choose: 404.
    const staffC = browser();
    await staffC.post("/en/account/sign-in", {
      email: "staff-c@consult.example",
      password: "consult staff pass",
    });
    expect((await staffC.get(open)).statusCode).toBe(404);
    expect((await staffC.get(open.replace(a.facility_id, c.facility_id))).statusCode).toBe(404);

    const audit = (
      await queryRows<{ action: string }>(
        t.database.db,
        sql`select action from audit_events where subject_id = ${req!.id} order by id`,
      )
    ).map((r) => r.action);
    expect(audit).toEqual(
      expect.arrayContaining([
        "consultation.created",
        "consultation.confirmed",
        "consultation.read",
        "consultation.replied",
        "consultation.patient_replied",
      ]),
    );
  });

  it("lets the patient export and delete everything; retention and key rotation work on the stored data", async () => {
    const [a] = vetted as [(typeof vetted)[0]];
    const patient = browser();
    const key = randomUUID();
    const fields = profileFields(key, [a.slug], [a.facility_id]).map(([k, v]): [string, string] =>
      k === "email" ? [k, "export.patient@example.org"] : [k, v],
    );
    await patient.multipart("/en/consultations", fields, [
      { name: "scan.png", bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]) },
    ]);
    const [mail] = await queryRows<{ body: string }>(
      t.database.db,
      sql`select body from email_outbox where to_address = 'export.patient@example.org' limit 1`,
    );
    const link = /http:\/\/localhost:3000(\S+)/.exec(mail!.body)![1]!;
    const [path, query] = link.split("?") as [string, string];
    const token = new URLSearchParams(query).get("token")!;

    // Rotation: a new key first; every value moves to it and still reads back.
    const { rotateKeys } = await import("./consultations.service.js");
    const { randomBytes } = await import("node:crypto");
    const rotated = [{ id: "k-new", key: randomBytes(32) }, ...t.app.config.recordsKeys];
    expect(await rotateKeys(t.database.db, rotated)).toBeGreaterThan(0);
    const keys = await queryRows<{ key_id: string }>(
      t.database.db,
      sql`select distinct key_id from consultation_requests`,
    );
    expect(keys.map((k) => k.key_id)).toEqual(["k-new"]);
    expect(await rotateKeys(t.database.db, rotated)).toBe(0);
    const { exportRequest } = await import("./consultations.service.js");
    const id = path.split("/").at(-1)!;
    const exported = await exportRequest(t.database.db, id, token, rotated);
    expect(exported.profile.name).toBe("Rosa Demo Paciente");
    expect(exported.records[0]!.base64).toBe(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]).toString("base64"),
    );
    expect(exported.consent.text).toContain("I consent");

    const del = await patient.post(`${path}/delete`, { token });
    expect(del.statusCode).toBe(200);
    expect(
      (
        await queryRows<{ n: number }>(
          t.database.db,
          sql`select count(*)::int as n from consultation_requests where id = ${id}`,
        )
      )[0]!.n,
    ).toBe(0);
    expect(
      (
        await queryRows<{ n: number }>(
          t.database.db,
          sql`select count(*)::int as n from consultation_records where request_id = ${id}`,
        )
      )[0]!.n,
    ).toBe(0);
    expect((await patient.get(link)).statusCode).toBe(404);

    // The retention rule runs as one of the server's daily jobs; nothing is due for deletion today.
    const { dailyJobs } = await import("../jobs/daily.js");
    const { runDueJobs } = await import("../jobs/scheduler.js");
    // Only the retention job: re-vetting in 2030 would expire the facilities the next test needs.
    const jobs = dailyJobs(t.database.db, { publicUrl: "http://localhost:3000" }).filter(
      (job) => job.name === "consultations.retention",
    );
    const before = await count("consultation_requests");
    expect(await runDueJobs(t.database.db, jobs, new Date("2026-11-25T00:00:00Z"))).toEqual([
      "consultations.retention",
    ]);
    expect(await count("consultation_requests")).toBe(before);
    // Two years on with no activity, the daily run deletes them and records how many.
    expect(await runDueJobs(t.database.db, jobs, new Date("2030-01-01T00:00:00Z"))).toContain(
      "consultations.retention",
    );
    expect(await count("consultation_requests")).toBeLessThan(before);
    const [job] = await queryRows<{ last_result: string }>(
      t.database.db,
      sql`select last_result from scheduled_jobs where name = 'consultations.retention'`,
    );
    expect(JSON.parse(job!.last_result).deleted).toBeGreaterThan(0);
  });

  it("refuses unvetted programmes, missing consent, a filled honeypot and a wrong file type, keeping what was typed", async () => {
    const patient = browser();
    const [a] = vetted as [(typeof vetted)[0]];
    const before = await count("consultation_requests");
    const unvetted = await patient.multipart(
      "/en/consultations",
      profileFields(randomUUID(), [unvettedSlug], []),
    );
    expect(unvetted.statusCode).toBe(400);
    expect(unvetted.body).toContain("is not vetted");
    const noConsent = await patient.multipart("/en/consultations", profileFields(randomUUID(), [a.slug], []));
    expect(noConsent.body.match(/<div class="notice[\s\S]*?<\/div>/)?.[0]).toContain(
      "Tick the consent to share with",
    );
    expect(noConsent.body).toContain('value="Rosa Demo Paciente"');
    const bot = await patient.multipart(
      "/en/consultations",
      profileFields(randomUUID(), [a.slug], [a.facility_id]).map(([k, v]): [string, string] =>
        k === "website" ? [k, "http://spam"] : [k, v],
      ),
    );
    expect(bot.statusCode).toBe(400);
    const html = await patient.multipart(
      "/en/consultations",
      profileFields(randomUUID(), [a.slug], [a.facility_id]),
      [{ name: "scan.pdf", bytes: Buffer.from("<html>") }],
    );
    expect(html.body).toContain("Only PDF, JPEG and PNG files can be uploaded.");
    expect(await count("consultation_requests")).toBe(before);
  });
});
