import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, sql } from "../../src/db/client.js";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { collectConsoleErrors, expectNoAxeViolations, launchBrowser, listen } from "../helpers/browser.js";

let t: TestApp;
let base: string;
let browser: Browser;
let vettedSlugs: string[];
let facilitySlug: string;

beforeAll(async () => {
  t = await createTestApp({ config: { publicUrl: "http://localhost:3000" } });
  base = await listen(t.app);
  browser = await launchBrowser();
  vettedSlugs = (
    await queryRows<{ slug: string }>(
      t.database.db,
      sql`select p.slug from programmes p join facilities f on f.id = p.facility_id where f.vetting_status = 'vetted' order by p.slug limit 2`,
    )
  ).map((r) => r.slug);
  [{ slug: facilitySlug }] = (await queryRows<{ slug: string }>(
    t.database.db,
    sql`select slug from facilities order by slug limit 1`,
  )) as [{ slug: string }];
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

const LABELS = {
  en: {
    search: "Search",
    query: "Words to search for",
    compareTicked: "Compare ticked programmes",
    addToCompare: "Add to compare",
    dossier: "Printable dossier (English and Spanish)",
    status: "Vetting status",
    vetted: "Vetted: all four standards verified",
  },
  es: {
    search: "Buscar",
    query: "Palabras a buscar",
    compareTicked: "Comparar los programas marcados",
    addToCompare: "Agregar a la comparación",
    dossier: "Expediente para imprimir (español e inglés)",
    status: "Estado de verificación",
    vetted: "Verificado: los cuatro requisitos comprobados",
  },
} as const;

async function newPage(options: { javaScriptEnabled?: boolean; mobile?: boolean } = {}) {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: options.mobile ? { width: 390, height: 844 } : { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  const errors = collectConsoleErrors(page);
  return { page, errors, close: () => context.close() };
}

async function visit(page: Page, path: string) {
  const res = await page.goto(`${base}${path}`);
  return res?.status();
}

for (const locale of ["en", "es"] as const) {
  describe(`the public journey in ${locale === "en" ? "English" : "Spanish"}`, () => {
    it("search → listing → compare → share → print view, axe-clean on every page", async () => {
      const L = LABELS[locale];
      const { page, errors, close } = await newPage();
      try {
        expect(await visit(page, `/${locale}`)).toBe(200);
        await expectNoAxeViolations(page);

        expect(await visit(page, `/${locale}/guide`)).toBe(200);
        await expectNoAxeViolations(page);

        await visit(page, `/${locale}/search`);
        await page.getByLabel(L.query).fill(locale === "en" ? "umbilical cord" : "cordón umbilical");
        await page.getByLabel(L.status).selectOption("vetted");
        await page.getByRole("button", { name: L.search, exact: true }).click();
        await page.waitForURL(/\/search\?/);
        await expectNoAxeViolations(page);
        const results = page.locator(".result");
        expect(await results.count()).toBeGreaterThan(0);
        await expect.poll(() => page.locator(".result .badge-vetted").count()).toBe(await results.count());

        // Tick two results and compare them.
        const boxes = page.locator('.result input[type="checkbox"]');
        const ticked = Math.min(2, await boxes.count());
        for (let i = 0; i < ticked; i++) await boxes.nth(i).check();
        await page.getByRole("button", { name: L.compareTicked }).click();
        await page.waitForURL(/\/compare\?/);
        expect(await page.locator(".compare-table thead th").count()).toBe(ticked);
        await expectNoAxeViolations(page);

        // Open a listing from the compare table.
        await page.locator(".compare-table thead th a").first().click();
        await page.waitForURL(/\/programmes\//);
        await expect.poll(() => page.getByText(L.vetted).first().isVisible()).toBe(true);
        await expectNoAxeViolations(page);
        const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
        expect(canonical).toMatch(new RegExp(`^http://localhost:3000/${locale}/programmes/`));
        expect(await page.locator('meta[property="og:title"]').getAttribute("content")).toBeTruthy();
        expect(await page.locator("#share-url").inputValue()).toBe(canonical);

        // Share: the printable bilingual dossier.
        await page.getByRole("link", { name: L.dossier }).click();
        await page.waitForURL(/\/dossier$/);
        await expectNoAxeViolations(page);
        expect(await page.locator('section[lang="en"]').count()).toBe(1);
        expect(await page.locator('section[lang="es"]').count()).toBe(1);
        await page.emulateMedia({ media: "print" });
        expect(await page.locator(".site-header").isVisible()).toBe(false);
        expect(await page.locator("section[lang] h2").first().isVisible()).toBe(true);
        await page.emulateMedia({ media: "screen" });

        expect(await visit(page, `/${locale}/programmes/no-such-programme`)).toBe(404);
        await expectNoAxeViolations(page);
        expect(await visit(page, `/${locale}/search?max=abc`)).toBe(400);
        await expectNoAxeViolations(page);
        expect(await visit(page, `/${locale}/api-docs`)).toBe(200);
        await expectNoAxeViolations(page);
        expect(await visit(page, `/${locale}/facilities/${facilitySlug}`)).toBe(200);
        await expectNoAxeViolations(page);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    });
  });
}

describe("without JavaScript", () => {
  it("search, listing, compare and dossier all work", async () => {
    const { page, close } = await newPage({ javaScriptEnabled: false });
    try {
      await visit(page, "/en/search?q=intrathecal");
      expect(await page.locator(".result").count()).toBeGreaterThan(0);
      await page.locator(".result h3 a").first().click();
      await page.waitForURL(/\/programmes\//);
      // The copy button needs JavaScript, so it stays hidden; the link field is there to select instead.
      expect(await page.getByRole("button", { name: "Copy link" }).count()).toBe(0);
      expect(await page.locator("#share-url").isVisible()).toBe(true);
      await page.getByRole("link", { name: "Add to compare" }).click();
      await page.waitForURL(/\/compare\?/);
      expect(await page.locator(".compare-table thead th").count()).toBe(1);
      const other = vettedSlugs.find((slug) => !page.url().includes(`p=${slug}`))!;
      await visit(page, `/en/programmes/${other}`);
      await page.getByRole("link", { name: "Add to compare" }).click();
      await page.waitForURL(/\/compare\?/);
      expect(await page.locator(".compare-table thead th").count()).toBe(2);
    } finally {
      await close();
    }
  });
});

describe("keyboard only, on a phone-sized screen", () => {
  it("reaches search, a listing and compare with visible focus", async () => {
    const { page, close } = await newPage({ mobile: true });
    try {
      await visit(page, "/en");
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to main content");
      await page.keyboard.press("Enter");
      // Tab until the search box has focus, then type and submit with Enter.
      for (let i = 0; i < 10 && !(await page.evaluate(() => document.activeElement?.id === "home-q")); i++) {
        await page.keyboard.press("Tab");
      }
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("home-q");
      await page.keyboard.type("intrathecal hospital");
      await page.keyboard.press("Enter");
      await page.waitForURL(/\/search\?/);

      // Focus is visible: the next focused element draws an outline.
      await page.keyboard.press("Tab");
      const outline = await page.evaluate(
        () => getComputedStyle(document.activeElement as Element).outlineStyle,
      );
      expect(outline).not.toBe("none");

      // Tab to the first result's link and open it with Enter.
      const firstHref = await page.locator(".result h3 a").first().getAttribute("href");
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press("Tab");
        if ((await page.evaluate(() => document.activeElement?.getAttribute("href"))) === firstHref) break;
      }
      expect(await page.evaluate(() => document.activeElement?.getAttribute("href"))).toBe(firstHref);
      const focusBox = await page.evaluate(() => {
        const r = (document.activeElement as HTMLElement).getBoundingClientRect();
        return { h: r.height, outline: getComputedStyle(document.activeElement as Element).outlineStyle };
      });
      expect(focusBox.outline).not.toBe("none");
      expect(focusBox.h).toBeGreaterThanOrEqual(24);
      await page.keyboard.press("Enter");
      await page.waitForURL(/\/programmes\//);

      for (let i = 0; i < 40; i++) {
        await page.keyboard.press("Tab");
        if ((await page.evaluate(() => document.activeElement?.textContent)) === "Add to compare") break;
      }
      await page.keyboard.press("Enter");
      await page.waitForURL(/\/compare\?/);
      expect(await page.locator(".compare-table thead th").count()).toBe(1);
      await expectNoAxeViolations(page);
    } finally {
      await close();
    }
  });
});

describe("with JavaScript", () => {
  it("copies the share link to the clipboard and says so", async () => {
    const context = await browser.newContext();
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: base });
    const page = await context.newPage();
    try {
      await page.goto(`${base}/en/programmes/${vettedSlugs[0]}`);
      await page.getByRole("button", { name: "Copy link" }).click();
      await expect.poll(() => page.locator(".copy-status").textContent()).toBe("Link copied.");
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
        await page.locator("#share-url").inputValue(),
      );
    } finally {
      await context.close();
    }
  });
});
