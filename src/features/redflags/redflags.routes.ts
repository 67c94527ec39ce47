import type { FastifyInstance } from "fastify";
import type { Locale } from "../../shared/domain.js";
import { AppError, type FieldIssue } from "../../shared/errors.js";
import { pageContext } from "../../shared/page.js";
import { renderPage } from "../../shared/views/layout.js";
import { scanText } from "./engine/index.js";
import { parseScanInput } from "./redflags.schemas.js";
import { CheckPage } from "./views/check.js";

/** Pasted text may be a private message: rate limited, never stored, never logged. */
const SCAN_RATE_LIMIT = { max: 30, timeWindow: "1 minute" };

export async function checkClaimRoutes(app: FastifyInstance, opts: { locale: Locale }) {
  const { locale } = opts;

  app.get("/check", async (request, reply) => {
    const ctx = pageContext(request, locale, app.config);
    const csrfToken = reply.generateCsrf();
    return reply
      .type("text/html; charset=utf-8")
      .send(renderPage(CheckPage({ ctx, csrfToken, text: "", report: null, issues: [] })));
  });

  app.post(
    "/check",
    { config: { rateLimit: SCAN_RATE_LIMIT }, preHandler: app.csrfProtection },
    async (request, reply) => {
      const ctx = pageContext(request, locale, app.config);
      const body = (request.body ?? {}) as Record<string, unknown>;
      const typed = typeof body.text === "string" ? body.text : "";
      let issues: FieldIssue[] = [];
      let report = null;
      try {
        const input = parseScanInput({ text: typed });
        report = scanText(input.text, { locale });
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== "VALIDATION") throw error;
        issues = error.issues;
        reply.code(400);
      }
      const csrfToken = reply.generateCsrf();
      return reply
        .type("text/html; charset=utf-8")
        .send(renderPage(CheckPage({ ctx, csrfToken, text: typed, report, issues })));
    },
  );
}

export async function redflagsApiRoutes(app: FastifyInstance) {
  app.post("/redflags/scan", { config: { rateLimit: SCAN_RATE_LIMIT } }, async (request) => {
    const input = parseScanInput(request.body);
    return scanText(input.text, input.locale ? { locale: input.locale } : {});
  });
}
