import type { PageContext } from "../../../shared/page.js";
import { Layout } from "../../../shared/views/layout.js";

const ENDPOINTS = [
  ["GET /api/v1/programmes", "api.programmes"],
  ["GET /api/v1/programmes/{slug}", "api.programme"],
  ["GET /api/v1/facilities", "api.facilities"],
  ["GET /api/v1/facilities/{slug}", "api.facility"],
  ["GET /api/v1/openapi.json", "api.openapi"],
] as const;

export function ApiDocsPage(props: { ctx: PageContext }) {
  const { t } = props.ctx.i18n;
  return (
    <Layout ctx={props.ctx} meta={{ title: t("api.title"), description: t("api.lead") }}>
      <h1>{t("api.title")}</h1>
      <p>{t("api.lead")}</p>
      <dl class="endpoints">
        {ENDPOINTS.map(([path, key]) => (
          <div key={path}>
            <dt>
              <code>{path}</code>
            </dt>
            <dd>{t(key)}</dd>
          </div>
        ))}
      </dl>
      <p>
        <a href="/api/v1/openapi.json">{t("api.openapiLink")}</a>
      </p>
    </Layout>
  );
}
