import type { ComponentChildren } from "preact";
import type { I18n } from "../../../i18n/index.js";
import { href, type PageContext } from "../../../shared/page.js";
import { Layout } from "../../../shared/views/layout.js";
import { FindingsList, HighlightedText } from "../../redflags/views/findings.js";
import { COA_CRITERIA } from "../../vetting/coa/check.js";
import { coaReasonText } from "../../vetting/coa/messages.js";
import type { Listing } from "../catalogue.repo.js";
import { type ListingView, type LotView, REFERENCE_WEIGHT_KG } from "../listing-view.js";
import { DemoTag, PriceRange, QuoteTable, ShareBox, StandardsPanel, VettingBadge } from "./components.js";

const local = (i18n: I18n, en: string, es: string) => (i18n.locale === "es" ? es || en : en || es);

function Fact(props: { label: string; children: ComponentChildren }) {
  return (
    <div>
      <dt>{props.label}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}

export function formatCells(i18n: I18n, cells: number | null): string {
  if (cells === null) return i18n.t("common.notStated");
  return i18n.t("listing.millionCells", { n: i18n.number(Math.round(cells / 1e5) / 10) });
}

export function ProtocolSection(props: { i18n: I18n; programme: Listing }) {
  const { i18n, programme: p } = props;
  const { t } = i18n;
  return (
    <section aria-labelledby={`protocol-heading-${i18n.locale}`}>
      <h2 id={`protocol-heading-${i18n.locale}`}>{t("listing.protocol")}</h2>
      <dl class="facts">
        <Fact label={t("listing.cellSource")}>{i18n.code("cellSource", p.cellSource)}</Fact>
        <Fact label={t("listing.cellOrigin")}>
          {p.autologous === null
            ? t("common.notStated")
            : p.autologous
              ? t("listing.autologous")
              : t("listing.donor")}
        </Fact>
        <Fact label={t("listing.lengthOfStay")}>
          {p.lengthOfStayDays === null ? t("common.notStated") : t("listing.days", { n: p.lengthOfStayDays })}
        </Fact>
      </dl>
      {p.routeDetails.length ? (
        <div
          class="table-scroll"
          tabIndex={0}
          role="region"
          aria-labelledby={`routes-caption-${i18n.locale}`}
        >
          <table>
            <caption id={`routes-caption-${i18n.locale}`}>{t("listing.routesCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("listing.route")}</th>
                <th scope="col">{t("listing.dosePerSession")}</th>
                <th scope="col">{t("listing.sessions")}</th>
                <th scope="col">{t("listing.scheduleDays")}</th>
                <th scope="col">{t("listing.administeredBy")}</th>
                <th scope="col">{t("listing.where")}</th>
              </tr>
            </thead>
            <tbody>
              {p.routeDetails.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{i18n.code("route", r.route)}</th>
                  <td>{formatCells(i18n, r.doseCells)}</td>
                  <td>{r.sessions}</td>
                  <td>{r.scheduleDays.length ? r.scheduleDays.join(", ") : t("common.notStated")}</td>
                  <td>{i18n.code("injector", r.administeredBy)}</td>
                  <td>{i18n.code("setting", r.setting)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t("listing.noRoutes")}</p>
      )}
      <h3>{t("listing.eligibility")}</h3>
      <p>{local(i18n, p.eligibilityEn, p.eligibilityEs) || t("common.notStated")}</p>
      <h3>{t("listing.followUp")}</h3>
      <p>{local(i18n, p.followUpEn, p.followUpEs) || t("common.notStated")}</p>
    </section>
  );
}

export function PhysicalTherapySection(props: { i18n: I18n; programme: Listing }) {
  const { i18n, programme: p } = props;
  const { t } = i18n;
  const totalHours = (p.ptDays * p.ptMinutesPerDay) / 60;
  return (
    <section aria-labelledby={`pt-heading-${i18n.locale}`}>
      <h2 id={`pt-heading-${i18n.locale}`}>{t("listing.physicalTherapy")}</h2>
      {p.ptDays > 0 ? (
        <dl class="facts">
          <Fact label={t("listing.ptDays")}>{p.ptDays}</Fact>
          <Fact label={t("listing.ptHoursPerDay")}>{i18n.number(p.ptMinutesPerDay / 60)}</Fact>
          <Fact label={t("listing.ptTotalHours")}>{i18n.number(Math.round(totalHours * 10) / 10)}</Fact>
          <Fact label={t("listing.ptSetting")}>{i18n.code("ptSetting", p.ptSetting)}</Fact>
          <Fact label={t("listing.ptInPrice")}>{p.ptIncluded ? t("common.yes") : t("common.no")}</Fact>
        </dl>
      ) : (
        <p class="warning-box">{t("listing.noPt")}</p>
      )}
      <p class="muted">{t("listing.ptWhy")}</p>
    </section>
  );
}

export function TeamSection(props: {
  i18n: I18n;
  facility: Pick<Listing["facility"], "clinicians">;
  today: string;
}) {
  const { i18n, facility } = props;
  const { t } = i18n;
  return (
    <section aria-labelledby={`team-heading-${i18n.locale}`}>
      <h2 id={`team-heading-${i18n.locale}`}>{t("listing.team")}</h2>
      {facility.clinicians.length === 0 ? <p>{t("listing.noTeam")}</p> : null}
      <ul class="team">
        {facility.clinicians.map((c) => {
          const certExpired = c.certificateExpiresOn !== null && c.certificateExpiresOn < props.today;
          return (
            <li key={c.id} class="person">
              <p class="person-name">
                <strong>{c.fullName}</strong> — {i18n.code("role", c.role)}
                {c.leadsTeam ? <span class="badge">{t("listing.leadsTeam")}</span> : null}
              </p>
              <dl class="facts compact">
                <Fact label={t("listing.specialty")}>{i18n.code("specialty", c.specialty)}</Fact>
                <Fact label={t("listing.cedula")}>{c.cedulaProfesional ?? t("common.notStated")}</Fact>
                {c.cedulaEspecialidad ? (
                  <Fact label={t("listing.cedulaEspecialidad")}>{c.cedulaEspecialidad}</Fact>
                ) : null}
                {c.certifyingCouncil ? (
                  <Fact label={t("listing.certificate")}>
                    {c.certifyingCouncil}
                    {c.certificateNumber ? ` (${c.certificateNumber})` : ""}
                    {c.certificateExpiresOn
                      ? ` — ${t(certExpired ? "listing.expiredOn" : "listing.validUntil", { date: i18n.date(c.certificateExpiresOn) })}`
                      : ""}
                  </Fact>
                ) : null}
                {c.performsIntrathecal ? (
                  <Fact label={t("listing.intrathecalExperience")}>
                    {c.intrathecalProcedures === null
                      ? t("common.notStated")
                      : t("listing.procedures", { n: c.intrathecalProcedures })}
                  </Fact>
                ) : null}
              </dl>
            </li>
          );
        })}
      </ul>
      <p class="muted">{t("listing.cedulaHowToCheck")}</p>
    </section>
  );
}

type FacilityDetails = Omit<
  Listing["facility"],
  "clinicians" | "standards" | "cellLots" | "testimonials" | "programmes"
>;

export function FacilitySection(props: { i18n: I18n; facility: FacilityDetails; today: string }) {
  const { i18n, facility: f } = props;
  const { t } = i18n;
  const services = [
    f.hasNeurology && t("facility.neurology"),
    f.hasImaging && t("facility.imaging"),
    f.hasEmergency && t("facility.emergency"),
    f.hasIcu && t("facility.icu"),
  ].filter(Boolean);
  return (
    <section aria-labelledby={`facility-heading-${i18n.locale}`}>
      <h2 id={`facility-heading-${i18n.locale}`}>{t("listing.facility")}</h2>
      <dl class="facts">
        <Fact label={t("facility.name")}>
          <a href={href(i18n.locale, `/facilities/${f.slug}`)}>{f.name}</a>
        </Fact>
        <Fact label={t("facility.kind")}>{i18n.code("facilityKind", f.kind)}</Fact>
        <Fact label={t("facility.services")}>
          {services.length ? services.join(", ") : t("common.noneStated")}
        </Fact>
        <Fact label={t("facility.address")}>
          {f.street}, {f.city}, {f.state} {f.postalCode ?? ""}
        </Fact>
        <Fact label={t("facility.languages")}>
          {f.languages.map((l) => i18n.code("spokenLanguage", l)).join(", ")}
        </Fact>
        <Fact label={t("facility.accessibility")}>
          {f.accessibility.length
            ? f.accessibility.map((a) => i18n.code("accessibility", a)).join(", ")
            : t("common.noneStated")}
        </Fact>
        {f.phone ? <Fact label={t("facility.phone")}>{f.phone}</Fact> : null}
        {f.website ? <Fact label={t("facility.website")}>{f.website}</Fact> : null}
      </dl>
      <h3>{t("listing.licences")}</h3>
      {f.licences.length === 0 ? <p>{t("listing.noLicences")}</p> : null}
      <ul class="plain">
        {f.licences.map((l) => {
          const expired = l.expiresOn !== null && l.expiresOn < props.today;
          return (
            <li key={l.id}>
              <strong>{i18n.code("licenceKind", l.kind)}</strong> — {l.authority} {l.number}
              <br />
              <span class="muted">
                {l.scope ? `${l.scope}. ` : ""}
                {l.address}
                {l.issuedOn ? `. ${t("listing.issuedOn", { date: i18n.date(l.issuedOn) })}` : ""}
                {l.expiresOn
                  ? `. ${t(expired ? "listing.expiredOn" : "listing.validUntil", { date: i18n.date(l.expiresOn) })}`
                  : ""}
              </span>
              {l.kind === "aviso_funcionamiento" || l.kind === "aviso_publicidad" ? (
                <p class="warning-box">{t("listing.avisoIsNotLicence")}</p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function CellLotsSection(props: { i18n: I18n; lots: LotView[] }) {
  const { i18n } = props;
  const { t } = i18n;
  return (
    <section aria-labelledby={`lots-heading-${i18n.locale}`}>
      <h2 id={`lots-heading-${i18n.locale}`}>{t("lots.heading")}</h2>
      <p class="muted">{t("lots.intro", { kg: REFERENCE_WEIGHT_KG })}</p>
      {props.lots.length === 0 ? <p class="warning-box">{t("lots.none")}</p> : null}
      {props.lots.map((lot) => (
        <div key={lot.lotCode} class="lot">
          <h3>
            {t("lots.lot", { code: lot.lotCode })}{" "}
            <span class={`badge badge-coa-${lot.check.verdict}`}>
              {i18n.code("coaVerdict", lot.check.verdict)}
            </span>
            {lot.expired ? <span class="badge badge-std-expired">{t("lots.expired")}</span> : null}
          </h3>
          <p class="muted">
            {lot.laboratory ? `${t("lots.lab", { lab: lot.laboratory })} ` : ""}
            {lot.issuedOn ? t("listing.issuedOn", { date: i18n.date(lot.issuedOn) }) : ""}
          </p>
          <div
            class="table-scroll"
            tabIndex={0}
            role="region"
            aria-label={t("lots.tableLabel", { code: lot.lotCode })}
          >
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("lots.criterion")}</th>
                  <th scope="col">{t("lots.result")}</th>
                  <th scope="col">{t("lots.why")}</th>
                </tr>
              </thead>
              <tbody>
                {COA_CRITERIA.map((criterion) => {
                  const result = lot.check.criteria[criterion];
                  return (
                    <tr key={criterion} class={`coa-${result.status}`}>
                      <th scope="row">{i18n.code("coaCriterion", criterion)}</th>
                      <td>{i18n.code("coaStatus", result.status)}</td>
                      <td>{coaReasonText(result, i18n.locale)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </div>
      ))}
    </section>
  );
}

export function ListingPage(props: { ctx: PageContext; view: ListingView }) {
  const { ctx, view } = props;
  const { i18n } = ctx;
  const { t, locale } = i18n;
  const p = view.listing;
  const f = p.facility;
  const title = local(i18n, p.titleEn, p.titleEs);
  const url = `${ctx.publicUrl}${href(locale, `/programmes/${p.slug}`)}`;
  const description = t("listing.metaDescription", {
    facility: f.name,
    city: f.city,
    status: i18n.code("vetting", f.vettingStatus),
  });
  const onCompare = ctx.compareSlugs.includes(p.slug);
  const compareWith = onCompare ? ctx.compareSlugs : [...ctx.compareSlugs, p.slug].slice(-4);
  return (
    <Layout
      ctx={ctx}
      meta={{ title, description, ogType: "article", canonicalPath: `/programmes/${p.slug}` }}
    >
      <article class="listing" aria-labelledby="listing-title">
        <header class="listing-header">
          <h1 id="listing-title">{title}</h1>
          <p class="listing-sub">
            {f.name} · {f.city}, {f.state} {f.isDemo ? <DemoTag i18n={i18n} /> : null}
          </p>
          <p>
            <VettingBadge i18n={i18n} status={f.vettingStatus as never} />{" "}
            <span class="badge badge-evidence">{i18n.code("evidence", p.evidenceLevel)}</span>
          </p>
          <p class="muted">{i18n.code("evidenceWhat", p.evidenceLevel)}</p>
          <p class="no-print">
            <a class="button secondary" href={href(locale, "/compare", { p: compareWith })}>
              {onCompare ? t("listing.openCompare") : t("listing.addToCompare")}
            </a>
            {f.vettingStatus === "vetted" ? (
              <>
                {" "}
                <a class="button" href={href(locale, "/consultations/new", { p: p.slug })}>
                  {t("nav.consult")}
                </a>
              </>
            ) : null}
          </p>
        </header>

        <StandardsPanel i18n={i18n} facility={f} today={view.today} />
        {view.dataFindings.length ? (
          <section aria-labelledby="data-flags-heading">
            <h2 id="data-flags-heading">{t("listing.dataFlagsHeading")}</h2>
            <FindingsList i18n={i18n} findings={view.dataFindings} idPrefix="data-flag" fromData />
          </section>
        ) : null}
        <ProtocolSection i18n={i18n} programme={p} />
        <PhysicalTherapySection i18n={i18n} programme={p} />

        <section aria-labelledby="price-heading">
          <h2 id="price-heading">{t("listing.price")}</h2>
          <dl class="facts">
            <Fact label={t("listing.packagePrice")}>
              <PriceRange
                i18n={i18n}
                low={p.priceLowMinor}
                high={p.priceHighMinor}
                currency={p.priceCurrency}
              />
            </Fact>
            {p.priceAsOf ? (
              <Fact label={t("listing.priceAsOf")}>
                {i18n.date(p.priceAsOf)}{" "}
                {view.priceStale ? <span class="badge badge-stale">{t("price.stale")}</span> : null}
              </Fact>
            ) : null}
          </dl>
          <QuoteTable i18n={i18n} quote={view.quote} caption={t("quote.caption")} />
          <p>
            <a class="button secondary" href={href(locale, "/estimate", { p: p.slug })}>
              {t("estimate.fromListing")}
            </a>
          </p>
          {p.priceHistory.length > 1 ? (
            <>
              <h3>{t("listing.priceHistory")}</h3>
              <ul class="plain">
                {p.priceHistory.map((h) => (
                  <li key={h.id}>
                    {i18n.date(h.asOf)}:{" "}
                    <PriceRange i18n={i18n} low={h.lowMinor} high={h.highMinor} currency={h.currency} />
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>

        <TeamSection i18n={i18n} facility={f} today={view.today} />
        <FacilitySection i18n={i18n} facility={f} today={view.today} />
        <CellLotsSection i18n={i18n} lots={view.lots} />

        <section aria-labelledby="words-heading">
          <h2 id="words-heading">{t("listing.ownWords")}</h2>
          <p class="muted">{t("listing.ownWordsIntro")}</p>
          {view.ownFindings.length ? (
            <>
              <blockquote class="own-words" lang={view.ownText.lang}>
                <HighlightedText
                  text={view.ownText.text}
                  findings={view.ownFindings}
                  idPrefix="own-flag"
                  lang={view.ownText.lang}
                />
              </blockquote>
              <h3>{t("listing.redFlagsHeading")}</h3>
              <FindingsList i18n={i18n} findings={view.ownFindings} idPrefix="own-flag" />
            </>
          ) : (
            <blockquote class="own-words" lang={view.ownText.lang}>
              {view.ownText.text.split(/\n{2,}/).map((para) => (
                <p key={para}>{para}</p>
              ))}
            </blockquote>
          )}
          {view.testimonials.length ? (
            <>
              <h3>{t("listing.testimonials")}</h3>
              <p class="muted">{t("listing.testimonialsCaution")}</p>
              <ul class="plain">
                {view.testimonials.map((tm) => (
                  <li key={tm.id}>
                    <blockquote lang={tm.language}>
                      {tm.findings.length ? (
                        <HighlightedText
                          text={tm.body}
                          findings={tm.findings}
                          idPrefix={`tm-${tm.id}`}
                          lang={tm.language}
                        />
                      ) : (
                        <p>{tm.body}</p>
                      )}
                    </blockquote>
                    {tm.findings.length ? (
                      <FindingsList i18n={i18n} findings={tm.findings} idPrefix={`tm-${tm.id}`} />
                    ) : null}
                    <p class="muted">— {tm.authorLabel}</p>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>

        {f.programmes.length > 1 ? (
          <section aria-labelledby="others-heading" class="no-print">
            <h2 id="others-heading">{t("listing.otherProgrammes")}</h2>
            <ul class="plain">
              {f.programmes
                .filter((o) => o.slug !== p.slug)
                .map((o) => (
                  <li key={o.slug}>
                    <a href={href(locale, `/programmes/${o.slug}`)}>{local(i18n, o.titleEn, o.titleEs)}</a>
                  </li>
                ))}
            </ul>
          </section>
        ) : null}

        <ShareBox
          i18n={i18n}
          url={url}
          title={title}
          dossierHref={href(locale, `/programmes/${p.slug}/dossier`)}
        />
      </article>
    </Layout>
  );
}
