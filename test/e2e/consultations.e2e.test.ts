import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SYSTEM } from "../../src/authz/actor.js";
import { queryRows, sql } from "../../src/db/client.js";
import { addMembership } from "../../src/features/accounts/accounts.repo.js";
import { createUser } from "../../src/features/accounts/accounts.service.js";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { collectConsoleErrors, expectNoAxeViolations, launchBrowser, listen } from "../helpers/browser.js";

let t: TestApp;
let base: string;
let browser: Browser;
let programmes: Array<{ slug: string; facility_id: string }>;

beforeAll(async () => {
  t = await createTestApp({ config: { publicUrl: "http://localhost:3000" } });
  base = await listen(t.app);
  browser = await launchBrowser();
  programmes = await queryRows<{ slug: string; facility_id: string }>(
    t.database.db,
    sql`select distinct on (f.id) p.slug, f.id as facility_id from programmes p join facilities f on f.id = p.facility_id
        where f.vetting_status = 'vetted' and p.published order by f.id, p.slug limit 3`,
  );
  for (const [i, p] of programmes.entries()) {
    const user = await createUser(t.database.db, SYSTEM, {
      email: `inbox${i}@consult-e2e.example`,
      role: "clinic_staff",
      password: "inbox journey pass",
    });
    await addMembership(t.database.db, user.id, p.facility_id);
  }
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

const fixture = fileURLToPath(new URL("../fixtures/demo-licence.pdf", import.meta.url));

describe("a consultation request, by keyboard on a phone", () => {
  for (const locale of ["en", "es"] as const) {
    it(`reaches two facilities with a record; one replies; the patient answers; a third facility cannot see it (${locale})`, async () => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      const errors = collectConsoleErrors(page);
      const L =
        locale === "en"
          ? {
              name: "Your name (or the patient's)",
              email: "Email address",
              country: "Country",
              level: "Neurological level",
              ais: "AIS grade",
              records: "Medical records (optional)",
              submit: "Send the request",
              reply: "Your reply",
              send: "Send",
            }
          : {
              name: "Su nombre (o el del paciente)",
              email: "Correo electrónico",
              country: "País",
              level: "Nivel neurológico",
              ais: "Grado AIS",
              records: "Expediente médico (opcional)",
              submit: "Enviar la solicitud",
              reply: "Su respuesta",
              send: "Enviar",
            };
      const email = `patient-${locale}@consult-e2e.example`;
      try {
        const [a, b] = programmes as [(typeof programmes)[0], (typeof programmes)[0]];
        await page.goto(`${base}/${locale}/consultations/new?p=${a.slug}&p=${b.slug}`);
        await expectNoAxeViolations(page);
        // Keyboard only: focus each field by its label, type, move on with Tab.
        await page.getByLabel(L.name).focus();
        await page.keyboard.type("Rosa Demo");
        await page.getByLabel(L.email).focus();
        await page.keyboard.type(email);
        await page.getByLabel(L.country).focus();
        await page.keyboard.type("México");
        await page.getByLabel(L.level).selectOption("C6");
        await page.getByLabel(L.ais).selectOption("B");
        await page.getByLabel(L.records).setInputFiles(fixture);
        for (const box of await page.locator('input[name="consent"]').all()) {
          await box.focus();
          await page.keyboard.press("Space");
        }
        await page.getByRole("button", { name: L.submit }).focus();
        await Promise.all([page.waitForURL(/\/consultations\?_csrf=/), page.keyboard.press("Enter")]);
        await expect.poll(() => page.locator("main").innerText()).toContain(email);
        await expectNoAxeViolations(page);

        const [mail] = await queryRows<{ body: string }>(
          t.database.db,
          sql`select body from email_outbox where to_address = ${email} order by created_at desc limit 1`,
        );
        const link = /http:\/\/localhost:3000(\S+)/.exec(mail!.body)![1]!;
        await page.goto(`${base}${link}`);
        await expectNoAxeViolations(page);

        // Facility A replies with proposed times.
        const staff = await browser.newContext();
        const spage = await staff.newPage();
        await spage.goto(`${base}/en/account/sign-in`);
        await spage.getByLabel("Email address").fill("inbox0@consult-e2e.example");
        await spage.getByLabel("Password").fill("inbox journey pass");
        await spage.getByLabel("Password").press("Enter");
        await spage.waitForURL(/\/en\/account$/);
        await spage.goto(`${base}/en/portal/inbox`);
        await expectNoAxeViolations(spage);
        await spage.locator('a[href*="/en/portal/inbox/"]').first().click();
        await expect.poll(() => spage.getByText("Rosa Demo").count()).toBeGreaterThan(0);
        await expectNoAxeViolations(spage);
        await spage.getByLabel("Reply to the patient").fill("We can talk by video next week.");
        await spage.getByLabel("Proposed consultation times").fill("Tue 10:00 or Thu 16:00 (Mexico City)");
        await spage.getByRole("button", { name: "Send" }).click();
        await expect.poll(() => spage.getByText("We can talk by video next week.").count()).toBe(1);
        const requestUrl = spage.url();

        await page.reload();
        expect(await page.getByText("We can talk by video next week.").count()).toBe(1);
        await page.getByLabel(L.reply).first().fill("Thursday works for us.");
        await page.getByRole("button", { name: L.send }).first().click();
        await expect.poll(() => page.getByText("Thursday works for us.").count()).toBe(1);
        await expectNoAxeViolations(page);

        // Staff of a third facility: 404 for this request.
        const other = await browser.newContext();
        const opage = await other.newPage();
        await opage.goto(`${base}/en/account/sign-in`);
        await opage.getByLabel("Email address").fill("inbox2@consult-e2e.example");
        await opage.getByLabel("Password").fill("inbox journey pass");
        await opage.getByLabel("Password").press("Enter");
        await opage.waitForURL(/\/en\/account$/);
        const res = await opage.goto(requestUrl);
        expect(res?.status()).toBe(404);
        await Promise.all([staff.close(), other.close()]);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
