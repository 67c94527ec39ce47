import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/helpers/app.js";
import { queryRows, sql } from "../../db/client.js";

let t: TestApp;
let vetted: { slug: string; title_en: string; title_es: string; city: string };
let any: { slug: string };

beforeAll(async () => {
  t = await createTestApp();
  [vetted] = (await queryRows<typeof vetted>(
    t.database.db,
    sql`select p.slug, p.title_en, p.title_es, f.city from programmes p join facilities f on f.id = p.facility_id
        where f.vetting_status = 'vetted' order by p.slug limit 1`,
  )) as [typeof vetted];
  [any] = (await queryRows<{ slug: string }>(
    t.database.db,
    sql`select slug from programmes order by slug limit 1`,
  )) as [{ slug: string }];
});
afterAll(() => t.close());

const get = (url: string) => t.app.inject({ method: "GET", url });
const json = async (url: string) => {
  const res = await get(url);
  return { status: res.statusCode, body: res.json() };
};

describe("home and language", () => {
  it("redirects / to the visitor's language", async () => {
    const es = await t.app.inject({
      method: "GET",
      url: "/",
      headers: { "accept-language": "es-MX,es;q=0.9" },
    });
    expect(es.statusCode).toBe(302);
    expect(es.headers.location).toBe("/es");
    expect((await get("/")).headers.location).toBe("/en");
  });

  it("serves the home page in each language with a switch that keeps the path and query", async () => {
    const res = await get("/es/search?q=cordon");
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<html lang="es"');
    expect(res.body).toContain('href="/en/search?q=cordon"');
  });

  it("sends security headers and a strict content security policy", async () => {
    const res = await get("/en");
    expect(res.headers["content-security-policy"]).toContain("script-src 'self'");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
  });
});

describe("search", () => {
  it("finds programmes from English words and from Spanish words, with or without accents", async () => {
    const en = await json("/api/v1/programmes?q=umbilical+cord");
    const es = await json(`/api/v1/programmes?q=${encodeURIComponent("células del cordón umbilical")}`);
    const plain = await json("/api/v1/programmes?q=celulas+cordon+umbilical");
    expect(en.body.total).toBeGreaterThan(0);
    expect(es.body.total).toBeGreaterThan(0);
    expect(plain.body.total).toBe(es.body.total);
    for (const row of en.body.data)
      expect(
        row.cellSource === "umbilical_cord" || JSON.stringify(row).toLowerCase().includes("umbilical"),
      ).toBe(true);
  });

  it("forgives a misspelt word and says what it searched for instead", async () => {
    const res = await json("/api/v1/programmes?q=umbilicl");
    expect(res.body.total).toBeGreaterThan(0);
    expect(res.body.correctedQuery).toBe("umbilical");
    const page = await get("/en/search?q=umbilicl");
    expect(page.body).toContain("so we searched for “umbilical”");
  });

  it("filters by vetting status, city, route, cell source, language and physical therapy", async () => {
    const vettedOnly = await json("/api/v1/programmes?status=vetted");
    expect(vettedOnly.body.total).toBeGreaterThan(0);
    for (const row of vettedOnly.body.data) expect(row.facility.vettingStatus).toBe("vetted");

    const city = await json(`/api/v1/programmes?city=${encodeURIComponent(vetted.city)}`);
    for (const row of city.body.data) expect(row.facility.city).toBe(vetted.city);

    const route = await json("/api/v1/programmes?route=intrathecal&source=umbilical_cord&pt=1&language=en");
    for (const row of route.body.data) {
      expect(row.routes).toContain("intrathecal");
      expect(row.cellSource).toBe("umbilical_cord");
      expect(row.physicalTherapy.included).toBe(true);
      expect(row.facility.languages).toContain("en");
    }
  });

  it("applies a price range typed in pesos to prices in every currency", async () => {
    const usd = await json("/api/v1/programmes?min=8000&max=15000&currency=USD&sort=price_asc");
    const mxn = await json("/api/v1/programmes?min=146000&max=273750&currency=MXN&sort=price_asc");
    expect(usd.body.total).toBeGreaterThan(0);
    expect(mxn.body.data.map((r: { slug: string }) => r.slug)).toEqual(
      usd.body.data.map((r: { slug: string }) => r.slug),
    );
  });

  it("sorts by price and leaves programmes without a price last", async () => {
    const res = await json("/api/v1/programmes?sort=price_asc&page=1");
    const priced = res.body.data.filter((r: { price: unknown }) => r.price !== null);
    expect(priced.length).toBeGreaterThan(1);
    const total = (await json("/api/v1/programmes")).body.total;
    const lastPage = Math.ceil(total / 20);
    const last = await json(`/api/v1/programmes?sort=price_asc&page=${lastPage}`);
    expect(last.body.data.at(-1).price).toBeNull();
  });

  it("paginates 20 at a time", async () => {
    const first = await json("/api/v1/programmes");
    expect(first.body.data.length).toBe(Math.min(20, first.body.total));
    if (first.body.total > 20) {
      const second = await json("/api/v1/programmes?page=2");
      expect(second.body.data[0].slug).not.toBe(first.body.data[0].slug);
    }
  });

  it("can leave out prices older than 180 days", async () => {
    const all = await json("/api/v1/programmes");
    const fresh = await json("/api/v1/programmes?fresh=1");
    expect(fresh.body.total).toBeLessThan(all.body.total);
  });
});

describe("bad search input", () => {
  it("answers the API with 400 and a JSON error naming each problem", async () => {
    const res = await json("/api/v1/programmes?route=teleport&min=-5&colour=blue");
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("VALIDATION");
    const fields = res.body.error.issues.map((i: { field: string }) => i.field).sort();
    expect(fields).toEqual(["colour", "min", "route"]);
  });

  it("shows a localized notice on the page, keeps what was typed and returns no 500", async () => {
    const res = await get("/es/search?q=cordon&max=abc");
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain("Revise su búsqueda");
    expect(res.body).toContain("«Hasta» debe ser un número entero");
    expect(res.body).toContain('value="abc"');
    expect(res.body).toContain('value="cordon"');
  });

  it("refuses an over-long query politely", async () => {
    const res = await get(`/en/search?q=${"a".repeat(201)}`);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain("Your search is too long. Use at most 200 characters.");
  });

  it("rejects a minimum above the maximum, and a repeated parameter", async () => {
    expect((await json("/api/v1/programmes?min=20000&max=10")).status).toBe(400);
    const repeated = await json("/api/v1/programmes?city=Tijuana&city=Puebla");
    expect(repeated.status).toBe(400);
    expect(repeated.body.error.issues[0].message).toContain("only once");
  });
});

describe("listing page", () => {
  it("shows the facility, the four standards with dates, team, protocol, physical therapy and the all-in quote", async () => {
    const res = await get(`/en/programmes/${vetted.slug}`);
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expect(html).toContain(vetted.title_en.replace(/&/g, "&amp;"));
    for (const heading of [
      "The four standards",
      "Protocol",
      "Physical therapy",
      "All-in price:",
      "The team",
      "The facility",
    ]) {
      expect(html).toContain(heading);
    }
    expect(html).toMatch(/Checked [A-Z][a-z]{2} \d{1,2}, \d{4} by /);
    expect(html).toContain("Vetted: all four standards verified");
    expect(html).toMatch(/Experimental — /);
  });

  it("has a canonical URL, Open Graph and Twitter tags, and share links", async () => {
    const html = (await get(`/es/programmes/${vetted.slug}`)).body;
    expect(html).toContain(`<link rel="canonical" href="http://localhost:3000/es/programmes/${vetted.slug}"`);
    expect(html).toContain('property="og:title"');
    expect(html).toContain('name="twitter:card"');
    expect(html).toContain("https://wa.me/?text=");
    expect(html).toContain("mailto:?subject=");
    expect(html).toContain(`/es/programmes/${vetted.slug}/dossier`);
  });

  it("prints a bilingual dossier with both languages marked", async () => {
    const html = (await get(`/en/programmes/${vetted.slug}/dossier`)).body;
    expect(html).toContain('<section lang="en"');
    expect(html).toContain('<section lang="es"');
    expect(html).toContain(vetted.title_es.replace(/&/g, "&amp;"));
  });

  it("answers an unknown or malformed listing with a localized 404 page", async () => {
    const es = await get("/es/programmes/no-such-programme");
    expect(es.statusCode).toBe(404);
    expect(es.body).toContain("Página no encontrada");
    expect((await get("/en/programmes/NOT%20A%20SLUG")).statusCode).toBe(404);
    const api = await json("/api/v1/programmes/no-such-programme");
    expect(api.status).toBe(404);
    expect(api.body.error.code).toBe("NOT_FOUND");
  });

  it("never counts an unknown cost as zero", async () => {
    const rows = await queryRows<{ slug: string }>(
      t.database.db,
      sql`select p.slug from programmes p where p.price_low_minor is not null
          and exists (select 1 from price_items i where i.programme_id = p.id and i.status = 'excluded_unknown') limit 1`,
    );
    const slug = rows[0]?.slug;
    expect(slug, "the demo data has a programme with an unknown extra cost").toBeDefined();
    const body = (await json(`/api/v1/programmes/${slug}`)).body.data;
    expect(body.quote.allInIsLowerBound).toBe(true);
    const html = (await get(`/en/programmes/${slug}`)).body;
    expect(html).toContain("at least");
    expect(html).toContain("Extra, price unknown");
  });
});

describe("compare", () => {
  it("shows up to four programmes side by side and remembers them", async () => {
    const slugs = (
      await queryRows<{ slug: string }>(t.database.db, sql`select slug from programmes order by slug limit 5`)
    ).map((r) => r.slug);
    const res = await get(`/en/compare?${slugs.map((s) => `p=${s}`).join("&")}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("You can compare at most 4 programmes");
    expect(res.body).toContain("4 programmes side by side");
    expect(res.cookies.find((c) => c.name === "candor_compare")?.value).toBe(slugs.slice(0, 4).join(","));
    const remembered = await t.app.inject({
      method: "GET",
      url: "/en/compare",
      cookies: { candor_compare: slugs.slice(0, 2).join(",") },
    });
    expect(remembered.body).toContain("2 programmes side by side");
  });

  it("shows what a clinic has not said as Unknown", async () => {
    const rows = await queryRows<{ slug: string }>(
      t.database.db,
      sql`select slug from programmes where price_low_minor is null or autologous is null limit 1`,
    );
    const res = await get(`/en/compare?p=${rows[0]!.slug}&p=${vetted.slug}`);
    expect(res.body).toContain(">Unknown<");
  });

  it("reports programmes that do not exist instead of failing", async () => {
    const res = await get(`/es/compare?p=${any.slug}&p=ghost-programme`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("No encontramos estos programas");
    expect(res.body).toContain("ghost-programme");
  });
});

describe("API", () => {
  it("lists facilities and returns one facility with its standards", async () => {
    const list = await json("/api/v1/facilities");
    expect(list.body.data.length).toBeGreaterThanOrEqual(12);
    const one = await json(`/api/v1/facilities/${list.body.data[0].slug}`);
    expect(one.body.data.standards).toHaveLength(4);
    expect((await json("/api/v1/facilities?page=0")).status).toBe(400);
  });

  it("publishes an OpenAPI 3.1 document that names every route", async () => {
    const doc = (await json("/api/v1/openapi.json")).body;
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths).sort()).toEqual([
      "/facilities",
      "/facilities/{slug}",
      "/programmes",
      "/programmes/{slug}",
    ]);
  });

  it("answers unknown API paths with a JSON 404", async () => {
    const res = await json("/api/v1/nothing-here");
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe("NOT_FOUND");
  });
});
