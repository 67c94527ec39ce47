import type { FastifyInstance } from "fastify";
import { ANONYMOUS } from "../../authz/actor.js";
import { i18nFor } from "../../i18n/index.js";
import type { Locale } from "../../shared/domain.js";
import { AppError, type FieldIssue } from "../../shared/errors.js";
import { pageContext } from "../../shared/page.js";
import { renderPage } from "../../shared/views/layout.js";
import { loadRateTable } from "../catalogue/catalogue.service.js";
import { EstimateQuerySchema, parseEstimateQuery } from "./estimate.schemas.js";
import * as service from "./estimate.service.js";
import { estimateJson } from "./estimate-text.js";
import { type EstimateFormValues, EstimatePage } from "./views/estimate.js";

function formValues(raw: Record<string, unknown>): EstimateFormValues {
  const values: EstimateFormValues = {};
  for (const key of Object.keys(EstimateQuerySchema.shape)) {
    const v = raw[key];
    if (typeof v === "string") values[key] = v.slice(0, 200);
  }
  return values;
}

const validationOnly = (error: unknown): FieldIssue[] => {
  if (error instanceof AppError && error.code === "VALIDATION") return error.issues;
  throw error;
};

/** The total-trip estimate page. All inputs live in the URL (GET form), so a link reproduces the figures. */
export async function estimateRoutes(app: FastifyInstance, opts: { locale: Locale }) {
  const db = app.database.db;
  app.get("/estimate", async (request, reply) => {
    const ctx = pageContext(request, opts.locale, app.config);
    const raw = (request.query ?? {}) as Record<string, unknown>;
    const values = formValues(raw);
    let issues: FieldIssue[] = [];
    let result = null;
    let currency = EstimateQuerySchema.shape.currency.safeParse(raw.currency).data ?? "USD";
    try {
      const params = parseEstimateQuery(raw);
      currency = params.currency;
      if (params.slug)
        result = await service.estimateForProgramme(db, ANONYMOUS, { ...params, slug: params.slug });
    } catch (error) {
      issues = validationOnly(error);
      reply.code(400);
    }
    const [choices, rates] = await Promise.all([service.listProgrammeChoices(db), loadRateTable(db)]);
    return reply
      .type("text/html; charset=utf-8")
      .send(renderPage(EstimatePage({ ctx, values, currency, choices, issues, rates, result })));
  });
}

/** `GET /api/v1/estimate?p=slug&…`: the same inputs as the page; amounts are integer minor units. */
export async function estimateApiRoutes(app: FastifyInstance) {
  const db = app.database.db;
  app.get("/estimate", async (request) => {
    const raw = (request.query ?? {}) as Record<string, unknown>;
    const params = parseEstimateQuery(raw);
    if (!params.slug) {
      throw new AppError("VALIDATION", "estimate.invalid.title", {
        issues: [{ field: "p", messageKey: "estimate.invalid.p" }],
      });
    }
    const { estimate, listing } = await service.estimateForProgramme(db, ANONYMOUS, {
      ...params,
      slug: params.slug,
    });
    const lang = raw.lang === "es" ? "es" : "en";
    return { programme: listing.slug, ...estimateJson(estimate, i18nFor(lang)) };
  });
}
