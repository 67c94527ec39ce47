import { href, type PageContext } from "../../../shared/page.js";
import { Layout } from "../../../shared/views/layout.js";
import type { findFacility } from "../catalogue.repo.js";
import { DemoTag, PriceRange, StandardsPanel, VettingBadge } from "./components.js";
import { FacilitySection, TeamSection } from "./listing.js";

type Facility = NonNullable<Awaited<ReturnType<typeof findFacility>>>;

export function FacilityPage(props: { ctx: PageContext; facility: Facility; today: string }) {
  const { ctx, facility: f } = props;
  const { i18n } = ctx;
  const { t, locale } = i18n;
  return (
    <Layout
      ctx={ctx}
      meta={{
        title: f.name,
        description: t("listing.metaDescription", {
          facility: f.name,
          city: f.city,
          status: i18n.code("vetting", f.vettingStatus),
        }),
      }}
    >
      <h1>{f.name}</h1>
      <p>
        {f.city}, {f.state} · {i18n.code("facilityKind", f.kind)} {f.isDemo ? <DemoTag i18n={i18n} /> : null}
      </p>
      <p>
        <VettingBadge i18n={i18n} status={f.vettingStatus as never} />
      </p>
      <StandardsPanel i18n={i18n} facility={f} today={props.today} />
      <section aria-labelledby="facility-programmes">
        <h2 id="facility-programmes">{t("facility.programmes")}</h2>
        <ul class="plain">
          {f.programmes.map((p) => (
            <li key={p.slug}>
              <a href={href(locale, `/programmes/${p.slug}`)}>{locale === "es" ? p.titleEs : p.titleEn}</a> —{" "}
              <PriceRange
                i18n={i18n}
                low={p.priceLowMinor}
                high={p.priceHighMinor}
                currency={p.priceCurrency}
              />
            </li>
          ))}
        </ul>
      </section>
      <TeamSection i18n={i18n} facility={f} today={props.today} />
      <FacilitySection i18n={i18n} facility={f} today={props.today} />
    </Layout>
  );
}
