import type { FastifyInstance } from "fastify";
import type { Locale } from "../../shared/domain.js";
import { html, pageContext } from "../../shared/page.js";
import { renderPage } from "../../shared/views/layout.js";
import { ApiDocsPage } from "./views/api-docs.js";
import { GuidePage } from "./views/guide.js";

export async function guideRoutes(app: FastifyInstance, opts: { locale: Locale }) {
  app.get("/guide", async (request, reply) => {
    const ctx = pageContext(request, opts.locale, app.config);
    return html(reply, renderPage(GuidePage({ ctx })));
  });
  app.get("/api-docs", async (request, reply) => {
    const ctx = pageContext(request, opts.locale, app.config);
    return html(reply, renderPage(ApiDocsPage({ ctx })));
  });
}
