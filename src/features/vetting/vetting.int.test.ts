import { PDFDocument, StandardFonts } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/helpers/app.js";
import { signedInClient } from "../../../test/helpers/client.js";
import { queryRows, sql } from "../../db/client.js";
import { fixedClock } from "../../shared/clock.js";

let t: TestApp;
/** A signed-in browser-like client; the journey's users are created as it goes. */
const signedIn = (email: string, role: "clinic_staff" | "reviewer" | "admin") =>
  signedInClient(t, email, role);

const facilityForm = {
  name: "Hospital Demo Prueba",
  kind: "hospital",
  street: "Av. Ficticia 100",
  city: "Querétaro",
  state: "Querétaro",
  postalCode: "76000",
  phone: "",
  email: "",
  website: "",
  hasNeurology: "on",
  hasImaging: "on",
  hasEmergency: "on",
  ownTextEn: "Experimental treatment with intensive rehabilitation. This is not a cure.",
  ownTextEs: "Tratamiento experimental con rehabilitación intensiva. No es una cura.",
};

beforeAll(async () => {
  t = await createTestApp({ clock: fixedClock("2026-11-25T12:00:00Z") });
});
afterAll(() => t.close());

describe("clinic portal and reviewer console", () => {
  it("runs the vetting loop: create, evidence, submit, decide, fix, resubmit, vetted — every step audited", async () => {
    const staff = await signedIn("clinic@vetting.example", "clinic_staff");
    const reviewer = await signedIn("reviewer@vetting.example", "reviewer");

    const created = await staff.post("/en/portal/facilities", facilityForm);
    expect(created.statusCode).toBe(303);
    const base = (created.headers.location as string).split("?")[0]!;
    const id = base.split("/").at(-1)!;
    const [{ slug }] = (await queryRows<{ slug: string }>(
      t.database.db,
      sql`select slug from facilities where id = ${id}`,
    )) as [{ slug: string }];
    expect((await t.app.inject({ method: "GET", url: `/en/facilities/${slug}` })).statusCode).toBe(404);

    for (const standard of ["hospital_setting", "specialist_team", "cofepris_licence", "coa_per_lot"]) {
      expect(
        (
          await staff.post(`${base}/claims`, {
            standard,
            claimText: `Evidence for ${standard}: see the uploaded file.`,
          })
        ).statusCode,
      ).toBe(303);
    }
    const pdf = Buffer.from("%PDF-1.7\n% DEMO licence\n");
    expect(
      (await staff.upload(`${base}/documents`, "cofepris_licence", "licencia DEMO.pdf", pdf)).statusCode,
    ).toBe(303);
    const lie = await staff.upload(
      `${base}/documents`,
      "coa_per_lot",
      "coa.pdf",
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
    expect(lie.statusCode).toBe(400);
    expect(lie.body).toContain("its content is another");
    expect((await staff.post(`${base}/submit`, {})).statusCode).toBe(303);

    const queue = await reviewer.get("/en/review");
    expect(queue.body).toContain("Hospital Demo Prueba");
    const page = await reviewer.get(`/en/review/facilities/${id}`);
    expect(page.body).toContain("licencia DEMO.pdf");
    // The rules advise beside each claim: no clinicians or licences are on file yet.
    expect(page.body).toContain("What the rules say:");
    expect(page.body).toMatch(/not enough on file to judge|the facts on file fail this standard/);
    const docId = /\/en\/documents\/([0-9a-f-]{36})/.exec(page.body)![1]!;
    const file = await reviewer.get(`/en/documents/${docId}`);
    expect(file.headers["content-type"]).toBe("application/pdf");
    expect(file.rawPayload.equals(pdf)).toBe(true);
    const noReason = await reviewer.post(`/en/review/documents/${docId}`, { decision: "rejected", note: "" });
    expect(noReason.statusCode).toBe(400);
    expect(
      (
        await reviewer.post(`/en/review/documents/${docId}`, {
          decision: "accepted",
          note: "Matches the registry.",
        })
      ).statusCode,
    ).toBe(303);
    expect((await staff.get(base)).body).toContain("accepted by the reviewer");

    const decide = (standard: string, decision: string, extra: Record<string, string> = {}) =>
      reviewer.post(`/en/review/facilities/${id}/decisions`, {
        standard,
        decision,
        evidence: "",
        reasonEn: "",
        reasonEs: "",
        validUntil: "",
        ...extra,
      });
    const verified = {
      evidence: "Checked the document and the registry on 2026-11-25.",
      validUntil: "2027-06-30",
    };
    for (const standard of ["hospital_setting", "specialist_team", "coa_per_lot"])
      expect((await decide(standard, "verified", verified)).statusCode).toBe(303);
    const missingReason = await decide("cofepris_licence", "rejected");
    expect(missingReason.statusCode).toBe(400);
    expect(missingReason.body).toContain("Give a reason the clinic can act on.");
    expect(
      (
        await decide("cofepris_licence", "rejected", {
          reasonEn: "The document is an aviso de funcionamiento, not a licencia sanitaria for cells.",
        })
      ).statusCode,
    ).toBe(303);

    const seen = await staff.get(base);
    expect(seen.body).toContain("not a licencia sanitaria for cells");
    expect((await t.app.inject({ method: "GET", url: `/en/facilities/${slug}` })).statusCode).toBe(200);

    await staff.post(`${base}/claims`, {
      standard: "cofepris_licence",
      claimText: "Licencia sanitaria DEMO-22-TR-001 for human cell handling at Av. Ficticia 100.",
    });
    await staff.post(`${base}/submit`, {});
    expect((await decide("cofepris_licence", "verified", verified)).statusCode).toBe(303);
    const [row] = await queryRows<{ vetting_status: string }>(
      t.database.db,
      sql`select vetting_status from facilities where id = ${id}`,
    );
    expect(row!.vetting_status).toBe("vetted");
    const publicPage = await t.app.inject({ method: "GET", url: `/en/facilities/${slug}` });
    expect(publicPage.body).toContain("Vetted");

    const actions = (
      await queryRows<{ action: string }>(
        t.database.db,
        sql`select action from audit_events where facility_id = ${id} order by id`,
      )
    ).map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        "facility.created",
        "standard.claimed",
        "document.uploaded",
        "facility.submitted",
        "standard.verified",
        "standard.rejected",
        "facility.published",
        "facility.status_changed",
        "document.read",
      ]),
    );
    const mails = await queryRows<{ subject: string }>(
      t.database.db,
      sql`select subject from email_outbox where to_address = 'clinic@vetting.example'`,
    );
    expect(mails.length).toBeGreaterThanOrEqual(5);

    // Staff of another facility, and patients, get 404 for this facility's portal pages and files.
    const other = await signedIn("other-clinic@vetting.example", "clinic_staff");
    expect((await other.get(base)).statusCode).toBe(404);
    expect((await other.get(`/en/documents/${docId}`)).statusCode).toBe(404);
    expect(
      (
        await other.post(`${base}/claims`, {
          standard: "hospital_setting",
          claimText: "Trying to edit someone else's facility.",
        })
      ).statusCode,
    ).toBe(404);
  });

  it("pre-fills a lot from an uploaded COA PDF, checks it, and refuses a duplicate lot code", async () => {
    const staff = await signedIn("lots@vetting.example", "clinic_staff");
    const created = await staff.post("/en/portal/facilities", {
      ...facilityForm,
      name: "Hospital Demo Lotes",
    });
    const base = (created.headers.location as string).split("?")[0]!;
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage([595, 842]);
    const lines = [
      "Certificate of Analysis - DEMO",
      "Independent third-party laboratory",
      "Lot No: UC-DEMO-1",
      "Viability: 62 %",
      "Sterility: No growth",
      "Mycoplasma: Negative",
    ];
    for (const [i, line] of lines.entries()) page.drawText(line, { x: 40, y: 800 - i * 18, size: 11, font });
    expect(
      (await staff.upload(`${base}/documents`, "coa_per_lot", "coa-demo.pdf", Buffer.from(await doc.save())))
        .statusCode,
    ).toBe(303);
    const portal = await staff.get(base);
    const prefillLink = /href="([^"]+lots\/new\?document=[0-9a-f-]+)"/
      .exec(portal.body)![1]!
      .replace(/&amp;/g, "&");
    const form = await staff.get(prefillLink);
    expect(form.body).toContain("Pre-filled from coa-demo.pdf");
    expect(form.body).toContain('value="UC-DEMO-1"');
    expect(form.body).toContain('value="62 %"');
    const saved = await staff.post(`${base}/lots`, {
      lotCode: "UC-DEMO-1",
      viabilityPercent: "62 %",
      sterilityResult: "No growth",
      mycoplasmaResult: "Negative",
      independentOfClinic: "yes",
    });
    expect(saved.statusCode).toBe(303);
    const after = await staff.get(base);
    expect(after.body).toContain("UC-DEMO-1");
    expect(after.body).toContain("Certificate fails");
    const dup = await staff.post(`${base}/lots`, { lotCode: "UC-DEMO-1" });
    expect(dup.statusCode).toBe(400);
    expect(dup.body).toContain("already has a lot with that code");
    const badDates = await staff.post(`${base}/lots`, {
      lotCode: "UC-DEMO-2",
      issuedOn: "2026-10-01",
      expiresOn: "2026-01-01",
    });
    expect(badDates.body).toContain("The expiry must be a date after");
  });

  it("records clinicians and licences, refuses a malformed cédula, and the rules advise on them", async () => {
    const staff = await signedIn("team@vetting.example", "clinic_staff");
    const reviewer = await signedIn("team-reviewer@vetting.example", "reviewer");
    const created = await staff.post("/en/portal/facilities", {
      ...facilityForm,
      name: "Hospital Demo Equipo",
    });
    const base = (created.headers.location as string).split("?")[0]!;
    const id = base.split("/").at(-1)!;
    const bad = await staff.post(`${base}/clinicians`, {
      fullName: "Dra. Demo Neuro",
      role: "lead_physician",
      specialty: "neurology",
      cedulaProfesional: "12-AB",
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain("A cédula is written in digits only");
    expect(bad.body).toContain('value="Dra. Demo Neuro"');
    const ok = await staff.post(`${base}/clinicians`, {
      fullName: "Dra. Demo Neuro",
      role: "lead_physician",
      specialty: "neurology",
      cedulaProfesional: "99123456",
      leadsTeam: "on",
      performsIntrathecal: "on",
      intrathecalProcedures: "120",
    });
    expect(ok.statusCode).toBe(303);
    const aviso = await staff.post(`${base}/licences`, {
      authority: "COFEPRIS",
      kind: "aviso_funcionamiento",
      number: "DEMO-AV-1",
      scope: "Consultorio",
      address: "Av. Ficticia 100, Querétaro",
      issuedOn: "2025-01-01",
      expiresOn: "",
    });
    expect(aviso.statusCode).toBe(303);
    const portal = await staff.get(base);
    expect(portal.body).toContain("Dra. Demo Neuro");
    expect(portal.body).toContain("DEMO-AV-1");
    const review = await reviewer.get(`/en/review/facilities/${id}`);
    const licenceSection = review.body.slice(review.body.indexOf('id="d-cofepris_licence-h"'));
    expect(licenceSection).toMatch(/the facts on file fail this standard|not enough on file to judge/);
  });

  it("adds a programme with its price checklist; it goes public once a reviewer has looked, and the listing shows the quote", async () => {
    const staff = await signedIn("programme@vetting.example", "clinic_staff");
    const reviewer = await signedIn("programme-reviewer@vetting.example", "reviewer");
    const created = await staff.post("/en/portal/facilities", {
      ...facilityForm,
      name: "Hospital Demo Programas",
    });
    const base = (created.headers.location as string).split("?")[0]!;
    const id = base.split("/").at(-1)!;
    const programme = {
      titleEn: "Demo umbilical cord MSC programme",
      titleEs: "Programa demo de células del cordón umbilical",
      ownTextEn: "Experimental. Intensive rehabilitation is the core of the programme.",
      ownTextEs: "Experimental. La rehabilitación intensiva es el centro del programa.",
      cellSource: "umbilical_cord",
      autologous: "no",
      evidenceLevel: "experimental_phase1_safety",
      itOffered: "on",
      itDose: "50 million",
      itSessions: "2",
      itSetting: "hospital_operating_room",
      itInjector: "anesthesiologist",
      ivSetting: "hospital_ward",
      ivInjector: "nurse",
      ptIncluded: "on",
      ptDays: "20",
      ptMinutesPerDay: "180",
      ptSetting: "inpatient",
      lengthOfStayDays: "21",
      priceLow: "15,000",
      priceHigh: "18000",
      priceCurrency: "USD",
      item_cell_processing: "included",
      item_imaging: "excluded_priced",
      item_imaging_low: "300",
      item_imaging_high: "500",
      item_hospital_nights: "excluded_unknown",
    };
    const bad = await staff.post(`${base}/programmes`, {
      ...programme,
      itOffered: "",
      priceHigh: "",
      item_imaging_high: "",
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain("Choose at least one way the cells are given.");
    expect(bad.body).toContain("Give both ends of the price");
    expect(bad.body).toContain("give both amounts");
    expect((await staff.post(`${base}/programmes`, programme)).statusCode).toBe(303);
    const [row] = await queryRows<{ slug: string; published: boolean }>(
      t.database.db,
      sql`select slug, published from programmes where facility_id = ${id}`,
    );
    expect(row!.published).toBe(false);
    expect((await t.app.inject({ method: "GET", url: `/en/programmes/${row!.slug}` })).statusCode).toBe(404);
    await reviewer.post(`/en/review/facilities/${id}/decisions`, {
      standard: "hospital_setting",
      decision: "info_requested",
      reasonEn: "Which room are injections given in?",
      reasonEs: "",
      evidence: "",
      validUntil: "",
    });
    const listing = await t.app.inject({ method: "GET", url: `/en/programmes/${row!.slug}` });
    expect(listing.statusCode).toBe(200);
    expect(listing.body).toContain("Demo umbilical cord MSC programme");
    expect(listing.body).toMatch(/at least/);
    const api = (await t.app.inject({ method: "GET", url: `/api/v1/programmes/${row!.slug}` })).json();
    expect(JSON.stringify(api)).toContain("1530000");
  });

  it("refuses bad facility input with localized messages and creates nothing", async () => {
    const staff = await signedIn("clinic2@vetting.example", "clinic_staff");
    const before = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from facilities`,
    );
    const res = await staff.post("/es/portal/facilities", {
      ...facilityForm,
      name: "x",
      website: "javascript:alert(1)",
      kind: "spa",
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain("Escriba el nombre de la clínica");
    expect(res.body).toContain("https://");
    const after = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from facilities`,
    );
    expect(after[0]!.n).toBe(before[0]!.n);
  });
});
