import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { ANONYMOUS } from "../../authz/actor.js";
import { isoDay } from "../../shared/clock.js";
import { AppError } from "../../shared/errors.js";
import { listFacilities } from "../catalogue/catalogue.repo.js";
import { parseSearchParams } from "../catalogue/catalogue.schemas.js";
import * as catalogue from "../catalogue/catalogue.service.js";
import { listingView } from "../catalogue/listing-view.js";
import { facilityJson, listingJson, searchRowJson } from "./api.serializers.js";
import { openApiDocument } from "./openapi.js";

const SlugParams = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,120}$/) });
const FacilitiesQuery = z.object({ page: z.coerce.number().int().min(1).max(10_000).default(1) }).strict();
const FACILITIES_PAGE_SIZE = 50;

function slugOf(params: unknown): string {
  const parsed = SlugParams.safeParse(params);
  if (!parsed.success) throw new AppError("NOT_FOUND", "error.notFound");
  return parsed.data.slug;
}

/** The read-only public API. Same service calls as the pages; errors are JSON with a code and a message. */
export async function apiRoutes(app: FastifyInstance) {
  const db = app.database.db;
  const today = () => isoDay(app.clock.now());

  app.get("/openapi.json", async () => openApiDocument(app.config.publicUrl));

  app.get("/programmes", async (request) => {
    const params = parseSearchParams(request.query);
    const result = await catalogue.searchCatalogue(db, ANONYMOUS, params, today(), {
      catalogueVersion: await app.database.catalogueVersion(),
    });
    return {
      data: result.rows.map(searchRowJson),
      page: result.page,
      pageCount: result.pageCount,
      total: result.total,
      totalIsLowerBound: result.more,
      correctedQuery: result.correctedQuery,
    };
  });

  app.get("/programmes/:slug", async (request) => {
    const listing = await catalogue.getListing(db, ANONYMOUS, slugOf(request.params), {
      catalogueVersion: await app.database.catalogueVersion(),
    });
    return { data: listingJson(listingView(listing, "en", today())) };
  });

  app.get("/facilities", async (request) => {
    const parsed = FacilitiesQuery.safeParse(request.query ?? {});
    if (!parsed.success) throw new AppError("VALIDATION", "api.invalidPage");
    const rows = await listFacilities(db, {
      limit: FACILITIES_PAGE_SIZE,
      offset: (parsed.data.page - 1) * FACILITIES_PAGE_SIZE,
    });
    return { data: rows, page: parsed.data.page, pageSize: FACILITIES_PAGE_SIZE };
  });

  app.get("/facilities/:slug", async (request) => {
    const facility = await catalogue.getFacility(db, ANONYMOUS, slugOf(request.params));
    return { data: facilityJson(facility, today()) };
  });
}
