import type { ComponentChildren, VNode } from "preact";
import { renderToString } from "preact-render-to-string";
import { href, type PageContext } from "../page.js";

export const ASSET_VERSION = "1";

export type Meta = {
  title: string;
  description: string;
  /** Canonical path without the locale prefix; defaults to the current path. */
  canonicalPath?: string;
  /** Open Graph type. */
  ogType?: "website" | "article";
  noindex?: boolean;
};

/** Renders a page to a complete HTML document. Preact escapes every text node and attribute. */
export function renderPage(node: VNode): string {
  return `<!doctype html>${renderToString(node)}`;
}

export function Layout(props: {
  ctx: PageContext;
  meta: Meta;
  children: ComponentChildren;
  bodyClass?: string;
}) {
  const { ctx, meta } = props;
  const { t, locale, other } = ctx.i18n;
  const canonicalPath = meta.canonicalPath ?? ctx.path;
  const canonical = `${ctx.publicUrl}${href(locale, canonicalPath)}`;
  const fullTitle = `${meta.title} · Candor`;
  const switchHref = `${href(other, ctx.path)}${ctx.search}`;
  const nav: Array<[string, string]> = [
    ["/guide", t("nav.guide")],
    ["/search", t("nav.search")],
    ["/estimate", t("nav.estimate")],
    ["/check", t("nav.check")],
    ["/compare", t("nav.compare", { count: ctx.compareSlugs.length })],
    ctx.actor.kind === "user" ? ["/account", t("nav.account")] : ["/account/sign-in", t("nav.signIn")],
  ];
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        <meta name="description" content={meta.description} />
        <link rel="canonical" href={canonical} />
        <link rel="alternate" hrefLang="en" href={`${ctx.publicUrl}${href("en", canonicalPath)}`} />
        <link rel="alternate" hrefLang="es" href={`${ctx.publicUrl}${href("es", canonicalPath)}`} />
        {meta.noindex ? <meta name="robots" content="noindex" /> : null}
        <meta property="og:site_name" content="Candor" />
        <meta property="og:type" content={meta.ogType ?? "website"} />
        <meta property="og:title" content={meta.title} />
        <meta property="og:description" content={meta.description} />
        <meta property="og:url" content={canonical} />
        <meta property="og:locale" content={locale === "en" ? "en_US" : "es_MX"} />
        <meta property="og:image" content={`${ctx.publicUrl}/assets/share-card.png`} />
        <meta property="og:image:width" content="1200" />
        <meta property="og:image:height" content="630" />
        <meta property="og:image:alt" content={t("layout.shareCardAlt")} />
        <meta name="twitter:card" content="summary_large_image" />
        <meta name="twitter:image" content={`${ctx.publicUrl}/assets/share-card.png`} />
        <meta name="twitter:title" content={meta.title} />
        <meta name="twitter:description" content={meta.description} />
        <link rel="stylesheet" href={`/assets/app.css?v=${ASSET_VERSION}`} />
        <script src={`/assets/app.js?v=${ASSET_VERSION}`} defer />
      </head>
      <body class={props.bodyClass}>
        <a class="skip-link" href="#main">
          {t("layout.skipToContent")}
        </a>
        <header class="site-header">
          <div class="wrap header-row">
            <a class="brand" href={href(locale, "/")}>
              Candor
            </a>
            <nav aria-label={t("layout.mainNav")}>
              <ul class="nav-list">
                {nav.map(([path, label]) => (
                  <li key={path}>
                    <a href={href(locale, path)} aria-current={ctx.path === path ? "page" : undefined}>
                      {label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
            <a class="lang-switch" href={switchHref} hrefLang={other} lang={other}>
              {t("layout.switchLanguage")}
            </a>
          </div>
        </header>
        <p class="demo-banner wrap" role="note">
          {t("layout.demoBanner")}
        </p>
        <main id="main" tabIndex={-1} class="wrap">
          {props.children}
        </main>
        <footer class="site-footer">
          <div class="wrap">
            <p>{t("layout.footerNotAdvice")}</p>
            <p>
              <a href={href(locale, "/guide")}>{t("nav.guide")}</a> ·{" "}
              <a href={href(locale, "/api-docs")}>{t("layout.api")}</a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}

/** An error summary that names each problem and links to its field, announced to screen readers. */
export function Notice(props: {
  tone: "error" | "info" | "warning";
  title: string;
  items?: Array<{ text: string; field?: string }>;
}) {
  return (
    <div
      class={`notice notice-${props.tone}`}
      role={props.tone === "error" ? "alert" : "status"}
      tabIndex={-1}
      id="notice"
    >
      <h2 class="notice-title">{props.title}</h2>
      {props.items?.length ? (
        <ul>
          {props.items.map((item) => (
            <li key={item.text}>{item.field ? <a href={`#${item.field}`}>{item.text}</a> : item.text}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
