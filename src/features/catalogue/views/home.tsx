import { STANDARDS } from "../../../shared/domain.js";
import { href, type PageContext } from "../../../shared/page.js";
import { Layout } from "../../../shared/views/layout.js";

export function HomePage(props: { ctx: PageContext; cities: string[] }) {
  const { ctx } = props;
  const { t, locale, code } = ctx.i18n;
  return (
    <Layout ctx={ctx} meta={{ title: t("home.title"), description: t("home.description") }}>
      <section class="hero" aria-labelledby="home-heading">
        <h1 id="home-heading">{t("home.heading")}</h1>
        <p class="lead">{t("home.lead")}</p>
        <form method="get" action={href(locale, "/search")} role="search" class="hero-search">
          <label for="home-q">{t("home.searchLabel")}</label>
          <div class="share-row">
            <input id="home-q" name="q" type="search" maxLength={400} />
            <button type="submit" class="button">
              {t("search.submit")}
            </button>
          </div>
        </form>
        <p>
          <a href={href(locale, "/search", { status: "vetted" })}>{t("home.browseVetted")}</a>
        </p>
      </section>
      <section aria-labelledby="truth-heading" class="callout-info">
        <h2 id="truth-heading">{t("home.truthHeading")}</h2>
        <p>{t("home.truthBody")}</p>
        <p>
          <a class="button secondary" href={href(locale, "/guide")}>
            {t("home.readGuide")}
          </a>
        </p>
      </section>
      <section aria-labelledby="standards-intro">
        <h2 id="standards-intro">{t("home.standardsHeading")}</h2>
        <p>{t("home.standardsLead")}</p>
        <ol class="standards-intro">
          {STANDARDS.map((s) => (
            <li key={s}>
              <strong>{code("standard", s)}.</strong> {code("standardWhat", s)}
            </li>
          ))}
        </ol>
      </section>
      {props.cities.length ? (
        <section aria-labelledby="cities-heading">
          <h2 id="cities-heading">{t("home.citiesHeading")}</h2>
          <ul class="chips">
            {props.cities.map((c) => (
              <li key={c}>
                <a href={href(locale, "/search", { city: c })}>{c}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Layout>
  );
}
