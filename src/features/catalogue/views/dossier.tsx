import { type I18n, i18nFor } from "../../../i18n/index.js";
import { LOCALES } from "../../../shared/domain.js";
import { href, type PageContext } from "../../../shared/page.js";
import { Layout } from "../../../shared/views/layout.js";
import type { ListingView } from "../listing-view.js";
import { PriceRange, QuoteTable, StandardsPanel, VettingBadge } from "./components.js";
import { FacilitySection, PhysicalTherapySection, ProtocolSection, TeamSection } from "./listing.js";

function DossierLanguage(props: { i18n: I18n; view: ListingView; url: string }) {
  const { i18n, view } = props;
  const { t } = i18n;
  const p = view.listing;
  return (
    <section lang={i18n.locale} class="dossier-language" aria-labelledby={`dossier-${i18n.locale}`}>
      <h2 id={`dossier-${i18n.locale}`} class="dossier-title">
        {i18n.locale === "es" ? p.titleEs : p.titleEn}
      </h2>
      <p>
        {p.facility.name} · {p.facility.city}, {p.facility.state} ·{" "}
        <VettingBadge i18n={i18n} status={p.facility.vettingStatus as never} /> ·{" "}
        {i18n.code("evidence", p.evidenceLevel)}
      </p>
      <p class="muted">{i18n.code("evidenceWhat", p.evidenceLevel)}</p>
      <StandardsPanel i18n={i18n} facility={p.facility} today={view.today} />
      <ProtocolSection i18n={i18n} programme={p} />
      <PhysicalTherapySection i18n={i18n} programme={p} />
      <section>
        <h2>{t("listing.price")}</h2>
        <p>
          {t("listing.packagePrice")}:{" "}
          <PriceRange i18n={i18n} low={p.priceLowMinor} high={p.priceHighMinor} currency={p.priceCurrency} />
          {p.priceAsOf ? ` (${t("listing.priceAsOf")} ${i18n.date(p.priceAsOf)})` : ""}
        </p>
        <QuoteTable i18n={i18n} quote={view.quote} caption={t("quote.caption")} />
      </section>
      <TeamSection i18n={i18n} facility={p.facility} today={view.today} />
      <FacilitySection i18n={i18n} facility={p.facility} today={view.today} />
      <p class="dossier-foot">
        {t("dossier.source", { url: props.url, date: i18n.date(view.today) })}
        <br />
        {t("layout.footerNotAdvice")}
      </p>
    </section>
  );
}

/** A printable, bilingual dossier a family can take to their own doctor: both languages, one after the other. */
export function DossierPage(props: { ctx: PageContext; view: ListingView }) {
  const { ctx, view } = props;
  const { t, locale } = ctx.i18n;
  const p = view.listing;
  const url = `${ctx.publicUrl}${href(locale, `/programmes/${p.slug}`)}`;
  const ordered = [locale, ...LOCALES.filter((l) => l !== locale)];
  return (
    <Layout
      ctx={ctx}
      bodyClass="dossier"
      meta={{
        title: t("dossier.title", { title: locale === "es" ? p.titleEs : p.titleEn }),
        description: t("dossier.description"),
        canonicalPath: `/programmes/${p.slug}/dossier`,
      }}
    >
      <h1>{t("dossier.heading")}</h1>
      <div class="no-print dossier-actions">
        <p>{t("dossier.howToPrint")}</p>
        <button type="button" class="button print-button" hidden>
          {t("dossier.print")}
        </button>
        <a href={href(locale, `/programmes/${p.slug}`)}>{t("dossier.back")}</a>
      </div>
      {ordered.map((l) => (
        <DossierLanguage key={l} i18n={l === locale ? ctx.i18n : i18nFor(l)} view={view} url={url} />
      ))}
    </Layout>
  );
}
