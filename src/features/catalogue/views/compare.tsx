import type { ComponentChildren } from "preact";
import { PRICE_ITEMS, STANDARDS } from "../../../shared/domain.js";
import { COMPARE_MAX, href, type PageContext } from "../../../shared/page.js";
import { Layout, Notice } from "../../../shared/views/layout.js";
import { effectiveStandardStatus } from "../../vetting/status.js";
import type { ListingView } from "../listing-view.js";
import { DemoTag, PriceRange, StandardBadge, VettingBadge } from "./components.js";
import { formatCells } from "./listing.js";

function Row(props: { label: string; children: ComponentChildren[] }) {
  return (
    <tr>
      <th scope="row">{props.label}</th>
      {props.children.map((cell, i) => (
        <td key={i}>{cell}</td>
      ))}
    </tr>
  );
}

/** Up to four programmes side by side; anything a clinic has not stated reads "unknown", never 0. */
export function ComparePage(props: {
  ctx: PageContext;
  views: ListingView[];
  missing: string[];
  tooMany: boolean;
}) {
  const { ctx, views } = props;
  const { i18n } = ctx;
  const { t, locale } = i18n;
  const slugs = views.map((v) => v.listing.slug);
  const unknown = t("common.unknown");
  const title = t("compare.title");
  return (
    <Layout ctx={ctx} meta={{ title, description: t("compare.description"), canonicalPath: "/compare" }}>
      <h1>{title}</h1>
      {props.tooMany ? <Notice tone="warning" title={t("compare.tooMany", { max: COMPARE_MAX })} /> : null}
      {props.missing.length ? (
        <Notice tone="warning" title={t("compare.missing")} items={props.missing.map((s) => ({ text: s }))} />
      ) : null}
      {views.length === 0 ? (
        <>
          <p>{t("compare.empty")}</p>
          <p>
            <a class="button" href={href(locale, "/search")}>
              {t("compare.findProgrammes")}
            </a>
          </p>
        </>
      ) : (
        <>
          <p class="muted">{t("compare.unknownNote")}</p>
          <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="compare-caption">
            <table class="compare-table">
              <caption id="compare-caption">{t("compare.caption", { count: views.length })}</caption>
              <thead>
                <tr>
                  <td />
                  {views.map((v) => (
                    <th scope="col" key={v.listing.slug}>
                      <a href={href(locale, `/programmes/${v.listing.slug}`)}>
                        {locale === "es" ? v.listing.titleEs : v.listing.titleEn}
                      </a>
                      <br />
                      <span class="muted">
                        {v.listing.facility.name}, {v.listing.facility.city}
                      </span>{" "}
                      {v.listing.facility.isDemo ? <DemoTag i18n={i18n} /> : null}
                      <br />
                      <a
                        class="remove-link no-print"
                        href={href(locale, "/compare", { p: slugs.filter((s) => s !== v.listing.slug) })}
                      >
                        {t("compare.remove", {
                          title: locale === "es" ? v.listing.titleEs : v.listing.titleEn,
                        })}
                      </a>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                <Row label={t("compare.vetting")}>
                  {views.map((v) => (
                    <VettingBadge
                      key={v.listing.slug}
                      i18n={i18n}
                      status={v.listing.facility.vettingStatus as never}
                    />
                  ))}
                </Row>
                {STANDARDS.map((standard) => (
                  <Row key={standard} label={i18n.code("standard", standard)}>
                    {views.map((v) => {
                      const rec = v.listing.facility.standards.find((s) => s.standard === standard);
                      return (
                        <StandardBadge
                          key={v.listing.slug}
                          i18n={i18n}
                          status={rec ? effectiveStandardStatus(rec, v.today) : "missing"}
                        />
                      );
                    })}
                  </Row>
                ))}
                <Row label={t("quote.allIn")}>
                  {views.map((v) =>
                    v.quote.allIn ? (
                      <strong key={v.listing.slug}>
                        {v.quote.allInIsLowerBound ? `${t("quote.atLeast")} ` : ""}
                        <PriceRange
                          i18n={i18n}
                          low={v.quote.allIn.low}
                          high={v.quote.allIn.high}
                          currency={v.quote.currency}
                        />
                      </strong>
                    ) : (
                      unknown
                    ),
                  )}
                </Row>
                <Row label={t("compare.quoteKnown")}>
                  {views.map((v) =>
                    t("quote.known", { known: v.quote.knownCount, total: v.quote.totalCount }),
                  )}
                </Row>
                <Row label={t("compare.hiddenCosts")}>
                  {views.map((v) =>
                    v.quote.hiddenCostWarnings.length
                      ? v.quote.hiddenCostWarnings.map((i) => i18n.code("priceItem", i)).join(", ")
                      : t("compare.none"),
                  )}
                </Row>
                <Row label={t("listing.packagePrice")}>
                  {views.map((v) => (
                    <PriceRange
                      key={v.listing.slug}
                      i18n={i18n}
                      low={v.listing.priceLowMinor}
                      high={v.listing.priceHighMinor}
                      currency={v.listing.priceCurrency}
                    />
                  ))}
                </Row>
                {PRICE_ITEMS.map((item) => (
                  <Row key={item} label={i18n.code("priceItem", item)}>
                    {views.map((v) => {
                      const row = v.quote.items.find((r) => r.item === item);
                      if (!row) return unknown;
                      if (
                        row.state === "excluded_priced" &&
                        row.lowMinor !== undefined &&
                        row.highMinor !== undefined
                      ) {
                        return (
                          <span key={v.listing.slug}>
                            {t("quote.state.excluded_priced")}:{" "}
                            <PriceRange
                              i18n={i18n}
                              low={row.lowMinor}
                              high={row.highMinor}
                              currency={v.quote.currency}
                            />
                          </span>
                        );
                      }
                      return i18n.code("quote.state", row.state);
                    })}
                  </Row>
                ))}
                <Row label={t("listing.cellSource")}>
                  {views.map((v) => i18n.code("cellSource", v.listing.cellSource))}
                </Row>
                <Row label={t("listing.cellOrigin")}>
                  {views.map((v) =>
                    v.listing.autologous === null
                      ? unknown
                      : v.listing.autologous
                        ? t("listing.autologous")
                        : t("listing.donor"),
                  )}
                </Row>
                <Row label={t("listing.routes")}>
                  {views.map((v) =>
                    v.listing.routeDetails.length
                      ? v.listing.routeDetails
                          .map(
                            (r) =>
                              `${i18n.code("route", r.route)} × ${r.sessions} (${formatCells(i18n, r.doseCells)})`,
                          )
                          .join("; ")
                      : unknown,
                  )}
                </Row>
                <Row label={t("listing.administeredBy")}>
                  {views.map((v) =>
                    v.listing.routeDetails.length
                      ? v.listing.routeDetails
                          .map(
                            (r) =>
                              `${i18n.code("route", r.route)}: ${i18n.code("injector", r.administeredBy)}, ${i18n.code("setting", r.setting)}`,
                          )
                          .join("; ")
                      : unknown,
                  )}
                </Row>
                <Row label={t("listing.physicalTherapy")}>
                  {views.map((v) =>
                    v.listing.ptDays > 0
                      ? t("listing.ptSummary", {
                          days: v.listing.ptDays,
                          hours: i18n.number(v.listing.ptMinutesPerDay / 60),
                        }) + (v.listing.ptIncluded ? "" : ` (${t("listing.ptNotInPrice")})`)
                      : t("listing.ptNotIncluded"),
                  )}
                </Row>
                <Row label={t("listing.lengthOfStay")}>
                  {views.map((v) =>
                    v.listing.lengthOfStayDays === null
                      ? unknown
                      : t("listing.days", { n: v.listing.lengthOfStayDays }),
                  )}
                </Row>
                <Row label={t("compare.evidence")}>
                  {views.map((v) => i18n.code("evidence", v.listing.evidenceLevel))}
                </Row>
                <Row label={t("facility.languages")}>
                  {views.map((v) =>
                    v.listing.facility.languages.map((l) => i18n.code("spokenLanguage", l)).join(", "),
                  )}
                </Row>
              </tbody>
            </table>
          </div>
          <p class="no-print">
            <a class="button secondary" href={href(locale, "/search")}>
              {t("compare.addMore")}
            </a>
            {views.some((v) => v.listing.facility.vettingStatus === "vetted") ? (
              <>
                {" "}
                <a
                  class="button"
                  href={href(locale, "/consultations/new", {
                    p: views
                      .filter((v) => v.listing.facility.vettingStatus === "vetted")
                      .slice(0, 3)
                      .map((v) => v.listing.slug),
                  })}
                >
                  {t("compare.requestConsultation")}
                </a>
              </>
            ) : null}
          </p>
        </>
      )}
    </Layout>
  );
}
