import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { ANONYMOUS } from "../../authz/actor.js";
import { addDays, isoDay } from "../../shared/clock.js";
import type { Locale } from "../../shared/domain.js";
import { AppError, type FieldIssue } from "../../shared/errors.js";
import { COMPARE_COOKIE, COMPARE_MAX, html, pageContext } from "../../shared/page.js";
import { renderPage } from "../../shared/views/layout.js";
import { formValues, parseSearchParams } from "./catalogue.schemas.js";
import * as service from "./catalogue.service.js";
import { listingView } from "./listing-view.js";
import { VersionedCache } from "./page-cache.js";
import { ComparePage } from "./views/compare.js";
import { DossierPage } from "./views/dossier.js";
import { FacilityPage } from "./views/facility.js";
import { HomePage } from "./views/home.js";
import { ListingPage } from "./views/listing.js";
import { SearchPage } from "./views/search.js";

/** Anonymous listing pages kept per language: the most visited, by recent use. */
const PAGE_CACHE_SIZE = 500;

const SlugParams = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,120}$/) });
const CompareQuery = z.object({ p: z.union([z.string(), z.array(z.string())]).optional() }).strict();

/** A slug that cannot exist is the same 404 as one that does not. */
function slugOf(params: unknown): string {
  const parsed = SlugParams.safeParse(params);
  if (!parsed.success) throw new AppError("NOT_FOUND", "error.notFound");
  return parsed.data.slug;
}

export async function catalogueRoutes(app: FastifyInstance, opts: { locale: Locale }) {
  const { locale } = opts;
  const db = app.database.db;
  const today = () => isoDay(app.clock.now());

  app.get("/", async (request, reply) => {
    const ctx = pageContext(request, locale, app.config);
    const cities = await service.listCities(db);
    return html(reply, renderPage(HomePage({ ctx, cities })));
  });

  app.get("/search", async (request, reply) => {
    const ctx = pageContext(request, locale, app.config);
    const raw = (request.query ?? {}) as Record<string, unknown>;
    const values = formValues(raw);
    const cities = await service.listCities(db);
    const day = today();
    const staleBefore = addDays(day, -service.PRICE_FRESH_DAYS);
    let issues: FieldIssue[] = [];
    let result = null;
    try {
      const params = parseSearchParams(raw);
      result = await service.searchCatalogue(db, ANONYMOUS, params, day, {
        catalogueVersion: await app.database.catalogueVersion(),
      });
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== "VALIDATION") throw error;
      issues = error.issues;
      reply.code(400);
    }
    return html(
      reply,
      renderPage(SearchPage({ ctx, values, cities, result, issues, today: day, staleBefore })),
    );
  });

  // Listings are read far more often than they change. The service caches their data; the whole page is
  // cached here for visitors to whom it says nothing personal (signed out, no compare list, no query
  // string); each entry holds for one catalogue version and one day, so nothing stale is ever served.
  const anonymousPages = new VersionedCache<string>(PAGE_CACHE_SIZE);
  const listingFor = (slug: string, catalogueVersion: number) =>
    service.getListing(db, ANONYMOUS, slug, { catalogueVersion });

  app.get("/programmes/:slug", async (request, reply) => {
    const slug = slugOf(request.params);
    const version = await app.database.catalogueVersion();
    const ctx = pageContext(request, locale, app.config);
    const day = today();
    const shared = ctx.actor.kind === "anonymous" && ctx.compareSlugs.length === 0 && ctx.search === "";
    const key = `${slug}|${day}`;
    let page = shared ? anonymousPages.get(key, version) : undefined;
    if (!page) {
      const listing = await listingFor(slug, version);
      page = renderPage(ListingPage({ ctx, view: listingView(listing, locale, day) }));
      if (shared) anonymousPages.set(key, version, page);
    }
    return html(reply, page);
  });

  app.get("/programmes/:slug/dossier", async (request, reply) => {
    const listing = await listingFor(slugOf(request.params), await app.database.catalogueVersion());
    const ctx = pageContext(request, locale, app.config);
    return html(reply, renderPage(DossierPage({ ctx, view: listingView(listing, locale, today()) })));
  });

  app.get("/facilities/:slug", async (request, reply) => {
    const facility = await service.getFacility(db, ANONYMOUS, slugOf(request.params));
    const ctx = pageContext(request, locale, app.config);
    return html(reply, renderPage(FacilityPage({ ctx, facility, today: today() })));
  });

  app.get("/compare", async (request, reply) => {
    const parsed = CompareQuery.safeParse(request.query ?? {});
    if (!parsed.success) throw new AppError("BAD_REQUEST", "compare.badRequest");
    const ctx = pageContext(request, locale, app.config);
    const asked = parsed.data.p === undefined ? ctx.compareSlugs : [parsed.data.p].flat();
    const valid = [...new Set(asked.filter((s) => /^[a-z0-9-]{1,120}$/.test(s)))];
    const slugs = valid.slice(0, COMPARE_MAX);
    const { listings, missing } = await service.getComparison(db, ANONYMOUS, slugs);
    const kept = listings.map((l) => l.slug);
    // The compare list is a preference, not data: a cookie lets "Add to compare" on a listing remember it.
    reply.setCookie(COMPARE_COOKIE, kept.join(","), {
      path: "/",
      httpOnly: true,
      sameSite: "lax",
      maxAge: 60 * 60 * 24 * 30,
    });
    const day = today();
    const views = listings.map((l) => listingView(l, locale, day));
    return html(
      reply,
      renderPage(
        ComparePage({
          ctx: { ...ctx, compareSlugs: kept },
          views,
          missing: [...missing, ...asked.filter((s) => !valid.includes(s))].map((s) => s.slice(0, 120)),
          tooMany: valid.length > COMPARE_MAX,
        }),
      ),
    );
  });
}
