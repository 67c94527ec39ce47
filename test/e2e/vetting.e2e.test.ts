import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SYSTEM } from "../../src/authz/actor.js";
import { queryRows, sql } from "../../src/db/client.js";
import { addMembership } from "../../src/features/accounts/accounts.repo.js";
import { createUser } from "../../src/features/accounts/accounts.service.js";
import { reevaluateFacilities } from "../../src/features/vetting/expiry.service.js";
import { fixedClock, isoDay } from "../../src/shared/clock.js";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { collectConsoleErrors, expectNoAxeViolations, launchBrowser, listen } from "../helpers/browser.js";

const clock = fixedClock("2026-11-25T12:00:00Z");
let t: TestApp;
let base: string;
let browser: Browser;
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

beforeAll(async () => {
  t = await createTestApp({ clock, config: { publicUrl: "http://localhost:3000" } });
  base = await listen(t.app);
  browser = await launchBrowser();
  await createUser(t.database.db, SYSTEM, {
    email: "reviewer@journey.example",
    role: "reviewer",
    password: "reviewer journey pass",
  });
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

async function lastLink(to: string) {
  const [mail] = await queryRows<{ body: string }>(
    t.database.db,
    sql`select body from email_outbox where to_address = ${to} order by created_at desc limit 1`,
  );
  return /http:\/\/localhost:3000(\S+)/.exec(mail!.body)![1]!;
}

async function signIn(page: Page, email: string, password: string) {
  await page.goto(`${base}/en/account/sign-in`);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByLabel("Password").press("Enter");
  await page.waitForURL(/\/en\/account$/);
}

describe("vetting with evidence, in the browser", () => {
  it("a clinic signs up and submits; a reviewer verifies three and rejects one; the clinic fixes it; the listing is vetted, then expires", async () => {
    const clinic = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const reviewer = await browser.newContext();
    const page = await clinic.newPage();
    const errors = collectConsoleErrors(page);
    try {
      // Sign up by keyboard, confirm the email, sign in.
      await page.goto(`${base}/en/account/sign-up`);
      await expectNoAxeViolations(page);
      await page.getByLabel("Your name").fill("Dra. Demo Clínica");
      await page.getByLabel("Email address").fill("staff@journey.example");
      await page.getByLabel("Password").fill("clinic journey passphrase");
      await page.getByLabel("Staff at a clinic or hospital").check();
      await page.getByRole("button", { name: "Create account" }).press("Enter");
      await expect.poll(() => page.getByText("Check your email").count()).toBe(1);
      await page.goto(`${base}${await lastLink("staff@journey.example")}`);
      await expect.poll(() => page.getByText("Your email address is confirmed").count()).toBe(1);
      await signIn(page, "staff@journey.example", "clinic journey passphrase");

      // Create the facility.
      await page.getByRole("link", { name: "Clinic portal" }).click();
      await expectNoAxeViolations(page);
      await page.getByLabel("Facility name").fill("Hospital Demo Recorrido");
      await page.getByLabel("Neurology").check();
      await page.getByLabel("Imaging (MRI or CT)").check();
      await page.getByLabel("Emergency department").check();
      await page.getByLabel("Street address").fill("Calle Ficticia 12");
      await page.getByLabel("City", { exact: true }).fill("Mérida");
      await page.getByLabel("State").fill("Yucatán");
      await page.getByRole("button", { name: "Create the facility" }).click();
      await page.waitForURL(/\/portal\/facilities\/[0-9a-f-]+\?created=1/);
      const portalUrl = page.url().split("?")[0]!;
      const facilityId = portalUrl.split("/").at(-1)!;
      await expectNoAxeViolations(page);

      // Evidence for each standard, a licence and a COA file, then submit.
      for (const [standard, label] of [
        ["hospital_setting", "Evidence for: Hospital setting"],
        ["specialist_team", "Evidence for: Licensed specialist team"],
        ["cofepris_licence", "Evidence for: COFEPRIS licence for cell therapy"],
        ["coa_per_lot", "Evidence for: Lab certificate for each cell lot"],
      ] as const) {
        await page.getByLabel(label).fill(`Our evidence for ${standard}: documents uploaded below.`);
        await page.locator(`form.claim-form:has(input[value="${standard}"]) button`).click();
        await page.waitForURL(/saved=1/);
      }
      await page.getByLabel("This file is evidence for").selectOption("cofepris_licence");
      await page.getByLabel("File", { exact: true }).setInputFiles(fixture("demo-licence.pdf"));
      await page.getByRole("button", { name: "Upload the file" }).click();
      await page.waitForURL(/uploaded=1/);
      await page.getByLabel("This file is evidence for").selectOption("coa_per_lot");
      await page.getByLabel("File", { exact: true }).setInputFiles(fixture("demo-coa.pdf"));
      await page.getByRole("button", { name: "Upload the file" }).click();
      await page.waitForURL(/uploaded=1/);
      await page.getByRole("button", { name: "Submit for review" }).click();
      await page.waitForURL(/submitted=1/);

      // The reviewer decides.
      const rpage = await reviewer.newPage();
      await signIn(rpage, "reviewer@journey.example", "reviewer journey pass");
      await rpage.getByRole("link", { name: "Review queue" }).click();
      await expectNoAxeViolations(rpage);
      await rpage.getByRole("link", { name: "Hospital Demo Recorrido" }).click();
      await expectNoAxeViolations(rpage);
      expect(await rpage.getByRole("link", { name: "demo-licence.pdf" }).count()).toBe(1);
      const decide = async (
        standardLabel: string,
        decision: "Verified" | "Rejected",
        fill: { evidence?: string; validUntil?: string; reason?: string },
      ) => {
        const section = rpage.locator("section.decision", {
          has: rpage.getByRole("heading", { name: standardLabel, exact: true }),
        });
        await section.getByLabel(decision, { exact: true }).check();
        if (fill.evidence)
          await section.getByLabel("What you checked (documents, registry look-ups)").fill(fill.evidence);
        if (fill.validUntil)
          await section.getByLabel("Valid until (earliest expiry of the evidence)").fill(fill.validUntil);
        if (fill.reason)
          await section.getByLabel("Reason, in English (shown to the clinic and patients)").fill(fill.reason);
        await section.getByRole("button", { name: `Record the decision on ${standardLabel}` }).click();
        await rpage.waitForURL(/recorded=1/);
      };
      const ok = {
        evidence: "Checked the uploaded document and the public registry.",
        validUntil: "2027-09-30",
      };
      await decide("Hospital setting", "Verified", ok);
      await decide("Licensed specialist team", "Verified", ok);
      await decide("Lab certificate for each cell lot", "Verified", ok);
      await decide("COFEPRIS licence for cell therapy", "Rejected", {
        reason: "The file is an aviso de funcionamiento; upload the licencia sanitaria for cells.",
      });

      // The clinic sees the reason, fixes it and resubmits.
      await page.goto(portalUrl);
      expect(await page.getByText("upload the licencia sanitaria for cells").count()).toBeGreaterThan(0);
      await page
        .getByLabel("Evidence for: COFEPRIS licence for cell therapy")
        .fill("Licencia sanitaria DEMO-31-TR-0007 for human cell handling at Calle Ficticia 12.");
      await page.locator('form.claim-form:has(input[value="cofepris_licence"]) button').click();
      await page.waitForURL(/saved=1/);
      await page.getByRole("button", { name: "Submit for review" }).click();
      await page.waitForURL(/submitted=1/);

      await rpage.reload();
      await decide("COFEPRIS licence for cell therapy", "Verified", {
        evidence: "Licence DEMO-31-TR-0007 matches the address and scope.",
        validUntil: "2026-12-31",
      });

      // The public listing shows vetted, with dates.
      const [{ slug }] = (await queryRows<{ slug: string }>(
        t.database.db,
        sql`select slug from facilities where id = ${facilityId}`,
      )) as [{ slug: string }];
      const pub = await reviewer.newPage();
      await pub.goto(`${base}/en/facilities/${slug}`);
      expect(await pub.getByText("Vetted: all four standards verified").count()).toBeGreaterThan(0);
      await expectNoAxeViolations(pub);

      // Time passes the licence's expiry: the nightly job expires it and the listing says so.
      clock.set("2027-01-02T06:00:00Z");
      await reevaluateFacilities(t.database.db, isoDay(clock.now()), { publicUrl: "http://localhost:3000" });
      await pub.reload();
      expect(await pub.getByText("Vetted: all four standards verified").count()).toBe(0);
      expect(await pub.getByText(/Expired/).count()).toBeGreaterThan(0);

      // The same pages in Spanish are accessible too.
      await page.goto(portalUrl.replace("/en/", "/es/"));
      await expectNoAxeViolations(page);
      await rpage.goto(`${base}/es/review/facilities/${facilityId}`);
      await expectNoAxeViolations(rpage);
      expect(errors).toEqual([]);
    } finally {
      await clinic.close();
      await reviewer.close();
    }
  });

  it("staff of a vetted facility edit a licence and remove a lot by keyboard; the standards go back to review", async () => {
    const [facility] = await queryRows<{ id: string; licence: string; lot: string }>(
      t.database.db,
      sql`select f.id, (select id from licences l where l.facility_id = f.id order by id limit 1) as licence,
        (select id from cell_lots x where x.facility_id = f.id order by id limit 1) as lot
        from facilities f where vetting_status = 'vetted'
        and exists (select 1 from licences l where l.facility_id = f.id)
        and exists (select 1 from cell_lots x where x.facility_id = f.id) order by slug limit 1`,
    );
    const user = await createUser(t.database.db, SYSTEM, {
      email: "editor@journey.example",
      role: "clinic_staff",
      password: "editor journey pass",
    });
    await addMembership(t.database.db, user.id, facility!.id);
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const errors = collectConsoleErrors(page);
    try {
      await signIn(page, "editor@journey.example", "editor journey pass");
      const portal = `${base}/en/portal/facilities/${facility!.id}`;
      await page.goto(portal);
      // Red flags in the clinic's own words show up while typing, before anything is saved.
      const words = page.getByLabel("How you describe your facility, in English");
      await words.fill("Our cells are a miracle: we guarantee you will walk again, with no side effects.");
      const live = page.locator("#ownTextEn-findings");
      await expect.poll(() => live.locator(".live-summary").textContent()).toContain("Possible red flags");
      expect(await live.locator(".finding").count()).toBeGreaterThanOrEqual(3);
      await expectNoAxeViolations(page);
      await words.fill("Experimental treatment; this is not a cure.");
      await expect.poll(() => live.locator(".live-summary").textContent()).toContain("No red flags");
      const edit = page.locator(`a[href$="/licences/${facility!.licence}/edit"]`);
      await edit.focus();
      await page.keyboard.press("Enter");
      await page.waitForURL(/\/edit$/);
      await expectNoAxeViolations(page);
      await page.getByLabel("Valid until").fill("2030-06-30");
      await page.getByLabel("Number", { exact: true }).press("Enter");
      await page.waitForURL(/saved=1/);
      expect(await page.getByText("Changed by the clinic after it was verified").count()).toBeGreaterThan(0);

      // Removing needs the box ticked: without it the page explains and keeps the lot.
      await page.goto(`${portal}/lots/${facility!.lot}/edit`);
      await page.getByRole("button", { name: "Remove" }).press("Enter");
      await page.waitForURL(/\/remove$/);
      expect(await page.getByText("Tick the box to confirm").count()).toBeGreaterThan(0);
      await expectNoAxeViolations(page);
      await page.getByLabel("Yes, remove it").press("Space");
      await page.getByRole("button", { name: "Remove" }).press("Enter");
      await page.waitForURL(/removed=1/);
      const left = await queryRows(t.database.db, sql`select 1 from cell_lots where id = ${facility!.lot}`);
      expect(left).toEqual([]);

      await page.goto(`${base}/es/portal/facilities/${facility!.id}/licences/${facility!.licence}/edit`);
      await expectNoAxeViolations(page);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
