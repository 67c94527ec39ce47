import type { I18n } from "../../../i18n/index.js";
import { STANDARDS, type StandardStatus, type VettingStatus } from "../../../shared/domain.js";
import type { AllInQuote } from "../../costs/quote.js";
import { effectiveStandardStatus } from "../../vetting/status.js";
import type { Listing } from "../catalogue.repo.js";

type Facility = Listing["facility"];

export function VettingBadge(props: { i18n: I18n; status: VettingStatus }) {
  return <span class={`badge badge-${props.status}`}>{props.i18n.code("vetting", props.status)}</span>;
}

export function StandardBadge(props: { i18n: I18n; status: StandardStatus }) {
  return (
    <span class={`badge badge-std-${props.status}`}>{props.i18n.code("standardStatus", props.status)}</span>
  );
}

export function DemoTag(props: { i18n: I18n }) {
  return <span class="badge badge-demo">{props.i18n.t("listing.demoTag")}</span>;
}

/** The four standards with what a patient needs to trust each: status, when and by whom, and why. */
export function StandardsPanel(props: {
  i18n: I18n;
  facility: Pick<Facility, "standards">;
  today: string;
  headingLevel?: 2 | 3;
}) {
  const { i18n, facility, today } = props;
  const { t } = i18n;
  const byStandard = new Map(facility.standards.map((s) => [s.standard, s]));
  const H = props.headingLevel === 3 ? "h3" : "h2";
  return (
    <section aria-labelledby={`standards-heading-${i18n.locale}`} class="standards">
      <H id={`standards-heading-${i18n.locale}`}>{t("listing.standards.heading")}</H>
      <p class="muted">{t("listing.standards.intro")}</p>
      <ul class="standards-list">
        {STANDARDS.map((standard) => {
          const record = byStandard.get(standard);
          const status: StandardStatus = record ? effectiveStandardStatus(record, today) : "missing";
          const reason = record ? (i18n.locale === "es" ? record.reasonEs : record.reasonEn) : "";
          return (
            <li key={standard} class={`standard standard-${status}`}>
              <div class="standard-head">
                <span class="standard-name">{i18n.code("standard", standard)}</span>
                <StandardBadge i18n={i18n} status={status} />
              </div>
              <p class="standard-what">{i18n.code("standardWhat", standard)}</p>
              {record?.checkedOn ? (
                <p class="standard-meta">
                  {t("listing.standards.checked", {
                    date: i18n.date(record.checkedOn),
                    by: record.checkedBy ?? "",
                  })}
                </p>
              ) : (
                <p class="standard-meta">{t("listing.standards.notChecked")}</p>
              )}
              {record?.validUntil ? (
                <p class="standard-meta">
                  {t(status === "expired" ? "listing.standards.expiredOn" : "listing.standards.validUntil", {
                    date: i18n.date(record.validUntil),
                  })}
                </p>
              ) : null}
              {reason ? <p class="standard-reason">{reason}</p> : null}
              {record?.evidence && status === "verified" ? (
                <p class="standard-evidence">
                  <span class="label">{t("listing.standards.evidence")}</span> {record.evidence}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function PriceRange(props: {
  i18n: I18n;
  low: number | null;
  high: number | null;
  currency: string | null;
}) {
  const { i18n } = props;
  if (props.low === null || props.high === null || !props.currency)
    return <span>{i18n.t("price.notPublished")}</span>;
  if (props.low === props.high) return <span>{i18n.money(props.low, props.currency)}</span>;
  return (
    <span>
      {i18n.t("price.range", {
        low: i18n.money(props.low, props.currency),
        high: i18n.money(props.high, props.currency),
      })}
    </span>
  );
}

/** The all-in quote: every checklist item, never counting "not stated" or "unknown" as zero. */
export function QuoteTable(props: { i18n: I18n; quote: AllInQuote; caption: string }) {
  const { i18n, quote } = props;
  const { t } = i18n;
  return (
    <div class="quote">
      <p class="all-in">
        <span class="label">{t("quote.allIn")}</span>{" "}
        {quote.allIn ? (
          <strong>
            {quote.allInIsLowerBound ? `${t("quote.atLeast")} ` : ""}
            <PriceRange i18n={i18n} low={quote.allIn.low} high={quote.allIn.high} currency={quote.currency} />
          </strong>
        ) : (
          <strong>{t("quote.unknownTotal")}</strong>
        )}
      </p>
      <p class="muted">{t("quote.known", { known: quote.knownCount, total: quote.totalCount })}</p>
      {quote.hiddenCostWarnings.length ? (
        <div class="warning-box" role="note">
          <p>
            <strong>{t("quote.hiddenCostTitle")}</strong> {t("quote.hiddenCostBody")}
          </p>
          <ul>
            {quote.hiddenCostWarnings.map((item) => (
              <li key={item}>{i18n.code("priceItem", item)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <table class="quote-table">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("quote.item")}</th>
            <th scope="col">{t("quote.status")}</th>
          </tr>
        </thead>
        <tbody>
          {quote.items.map((row) => (
            <tr key={row.item} class={`quote-${row.state}`}>
              <th scope="row">{i18n.code("priceItem", row.item)}</th>
              <td>
                {row.state === "excluded_priced" &&
                row.lowMinor !== undefined &&
                row.highMinor !== undefined ? (
                  <>
                    {t("quote.state.excluded_priced")}:{" "}
                    <PriceRange
                      i18n={i18n}
                      low={row.lowMinor}
                      high={row.highMinor}
                      currency={quote.currency}
                    />
                  </>
                ) : (
                  i18n.code("quote.state", row.state)
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Share links that work without JavaScript; the copy button is an enhancement (app.js). */
export function ShareBox(props: { i18n: I18n; url: string; title: string; dossierHref: string }) {
  const { t } = props.i18n;
  const text = `${props.title} — ${props.url}`;
  return (
    <section aria-labelledby="share-heading" class="share no-print">
      <h2 id="share-heading">{t("share.heading")}</h2>
      <label for="share-url">{t("share.linkLabel")}</label>
      <div class="share-row">
        <input id="share-url" type="url" readOnly value={props.url} class="share-url" />
        <button type="button" class="button copy-link" data-copy="#share-url" hidden>
          {t("share.copy")}
        </button>
      </div>
      <p class="copy-status" aria-live="polite" data-copied-text={t("share.copied")} />
      <ul class="share-links">
        <li>
          <a
            class="button secondary"
            href={`mailto:?subject=${encodeURIComponent(props.title)}&body=${encodeURIComponent(text)}`}
          >
            {t("share.email")}
          </a>
        </li>
        <li>
          <a
            class="button secondary"
            href={`https://wa.me/?text=${encodeURIComponent(text)}`}
            rel="noopener noreferrer"
          >
            {t("share.whatsapp")}
          </a>
        </li>
        <li>
          <a class="button secondary" href={props.dossierHref}>
            {t("share.dossier")}
          </a>
        </li>
      </ul>
    </section>
  );
}
