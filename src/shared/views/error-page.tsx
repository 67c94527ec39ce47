import type { AppError } from "../errors.js";
import { href, type PageContext } from "../page.js";
import { Layout } from "./layout.js";

export function ErrorPage(props: { ctx: PageContext; error: AppError }) {
  const { t, locale } = props.ctx.i18n;
  const notFound = props.error.status === 404;
  const title = notFound ? t("error.notFoundTitle") : t("error.title");
  return (
    <Layout ctx={props.ctx} meta={{ title, description: title, noindex: true }}>
      <h1>{title}</h1>
      <p>{t(props.error.messageKey as never, props.error.options.params)}</p>
      <p>
        <a href={href(locale, "/search")}>{t("error.goSearch")}</a> ·{" "}
        <a href={href(locale, "/")}>{t("error.goHome")}</a>
      </p>
    </Layout>
  );
}
