import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, sql } from "../../src/db/client.js";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { collectConsoleErrors, expectNoAxeViolations, launchBrowser, listen } from "../helpers/browser.js";

let t: TestApp;
let base: string;
let browser: Browser;
let priced: { slug: string; title_en: string; title_es: string };
let compareSlugs: string[];

beforeAll(async () => {
  t = await createTestApp({ config: { publicUrl: "http://localhost:3000" } });
  base = await listen(t.app);
  browser = await launchBrowser();
  [priced] = (await queryRows<typeof priced>(
    t.database.db,
    sql`select p.slug, p.title_en, p.title_es from programmes p join facilities f on f.id = p.facility_id
        where p.price_low_minor is not null and f.vetting_status = 'vetted' order by p.slug limit 1`,
  )) as [typeof priced];
  // Two programmes that state every usual item, and one that hides costs (an extra with no price).
  const hides = await queryRows<{ slug: string }>(
    t.database.db,
    sql`select p.slug from programmes p where p.price_low_minor is not null
        and exists (select 1 from price_items i where i.programme_id = p.id and i.status = 'excluded_unknown') order by p.slug limit 1`,
  );
  const others = await queryRows<{ slug: string }>(
    t.database.db,
    sql`select p.slug from programmes p where p.price_low_minor is not null
        and not exists (select 1 from price_items i where i.programme_id = p.id and i.status = 'excluded_unknown') order by p.slug limit 2`,
  );
  compareSlugs = [...others.map((r) => r.slug), hides[0]!.slug];
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

const L = {
  en: {
    companions: "Companions or caregivers travelling with you",
    currency: "Show amounts in",
    origin: "Flying from",
    submit: "Update the estimate",
    nights: "Extra nights after the programme",
    hidden: "Possible hidden costs",
  },
  es: {
    companions: "Acompañantes o cuidadores que viajan con usted",
    currency: "Mostrar montos en",
    origin: "Vuela desde",
    submit: "Actualizar el cálculo",
    nights: "Noches adicionales después del programa",
    hidden: "Posibles costos ocultos",
  },
} as const;

for (const locale of ["en", "es"] as const) {
  describe(`trip estimate in ${locale}`, () => {
    it("estimates a trip with a companion in MXN by keyboard, changes an assumption, and the shared URL gives the same figures", async () => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      const errors = collectConsoleErrors(page);
      try {
        await page.goto(`${base}/${locale}/programmes/${priced.slug}`);
        const estimateLink = page.getByRole("link", {
          name: locale === "en" ? "Estimate the whole trip" : "Calcular el viaje completo",
        });
        await estimateLink.focus();
        await page.keyboard.press("Enter");
        await page.waitForURL(/\/estimate\?p=/);
        await expectNoAxeViolations(page);

        await page.getByLabel(L[locale].currency).focus();
        await page.getByLabel(L[locale].currency).selectOption("MXN");
        await page.getByLabel(L[locale].companions).fill("1");
        await page.getByLabel(L[locale].origin).selectOption("DFW");
        await page.getByLabel(L[locale].companions).press("Enter");
        await page.waitForURL(/currency=MXN/);
        const firstTotal = await page.locator(".estimate-total").innerText();
        expect(firstTotal).toContain("MXN");
        await expectNoAxeViolations(page);

        // Change an assumption: five more nights must raise the total.
        await page.getByLabel(L[locale].nights).fill("5");
        await page.getByLabel(L[locale].nights).press("Enter");
        await page.waitForURL(/nights=5/);
        const secondTotal = await page.locator(".estimate-total").innerText();
        expect(secondTotal).not.toBe(firstTotal);

        // The URL is the estimate: open it in a fresh page and get the same figures.
        const url = page.url();
        const other = await context.newPage();
        await other.goto(url);
        expect(await other.locator(".estimate-total").innerText()).toBe(secondTotal);
        expect(await other.locator(".estimate-table").innerText()).toBe(
          await page.locator(".estimate-table").innerText(),
        );
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });

    it("compares three programmes where one hides costs and shows the warning", async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      try {
        await page.goto(`${base}/${locale}/compare?${compareSlugs.map((s) => `p=${s}`).join("&")}`);
        expect(await page.locator(".compare-table thead th").count()).toBe(3);
        await expect.poll(() => page.getByText(L[locale].hidden).count()).toBeGreaterThan(0);
        await expectNoAxeViolations(page);
      } finally {
        await context.close();
      }
    });
  });
}
