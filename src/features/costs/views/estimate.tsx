import type { I18n } from "../../../i18n/index.js";
import { CURRENCIES, type Currency } from "../../../shared/domain.js";
import type { FieldIssue } from "../../../shared/errors.js";
import { href, type PageContext } from "../../../shared/page.js";
import { SelectField, TextField } from "../../../shared/views/forms.js";
import { Layout, Notice } from "../../../shared/views/layout.js";
import type { Listing } from "../../catalogue/catalogue.repo.js";
import {
  ASSUMPTIONS_AS_OF,
  DEFAULT_RATES,
  DEFAULT_STAY_DAYS,
  type Estimate,
  ORIGIN_CODES,
  ORIGINS,
  type OriginCode,
} from "../estimate.js";
import { describeBasis, describeUnknown, formatRange } from "../estimate-text.js";
import { convertRange, type Range, type RateTable } from "../money.js";

export type EstimateFormValues = Partial<Record<string, string>>;
export type ProgrammeChoice = {
  slug: string;
  title_en: string;
  title_es: string;
  facility: string;
  city: string;
};

/** A pair of amount fields; empty means "use our assumption", which the hint states in the chosen currency. */
function RangeFields(props: {
  i18n: I18n;
  name: string;
  label: string;
  values: EstimateFormValues;
  invalid: Set<string>;
  assumption: string;
}) {
  const { t } = props.i18n;
  const hintId = `${props.name}-hint`;
  return (
    <fieldset class="range-fields">
      <legend>{props.label}</legend>
      <p class="hint" id={hintId}>
        {t("estimate.ourAssumption", { range: props.assumption })}
      </p>
      {(["low", "high"] as const).map((end) => {
        const name = `${props.name}_${end}`;
        return (
          <div class="field field-inline" key={end}>
            <label for={name}>{t(end === "low" ? "estimate.low" : "estimate.high")}</label>
            <input
              id={name}
              name={name}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              size={9}
              value={props.values[name] ?? ""}
              aria-describedby={hintId}
              aria-invalid={props.invalid.has(name) ? "true" : undefined}
            />
          </div>
        );
      })}
    </fieldset>
  );
}

export function EstimatePage(props: {
  ctx: PageContext;
  values: EstimateFormValues;
  currency: Currency;
  choices: ProgrammeChoice[];
  issues: FieldIssue[];
  rates: RateTable | null;
  result: { estimate: Estimate; listing: Listing } | null;
}) {
  const { ctx, values, issues, result, rates, currency } = props;
  const { i18n } = ctx;
  const { t, locale } = i18n;
  const invalid = new Set(issues.map((i) => i.field));
  const assumption = (usd: Range) =>
    rates
      ? formatRange(i18n, convertRange(usd, "USD", currency, rates), currency)
      : formatRange(i18n, usd, "USD");
  const estimate = result?.estimate;
  const stay = result?.listing.lengthOfStayDays ?? null;
  const selected = values.p;
  const origin = values.origin ?? "";
  const flightAssumption =
    origin && (ORIGIN_CODES as string[]).includes(origin)
      ? assumption(ORIGINS[origin as OriginCode])
      : t("estimate.origin.none");
  const title = result
    ? `${t("estimate.title")}: ${locale === "es" ? result.listing.titleEs : result.listing.titleEn}`
    : t("estimate.title");
  return (
    <Layout ctx={ctx} meta={{ title, description: t("estimate.description") }}>
      <h1>{t("estimate.heading")}</h1>
      <p class="lead">{t("estimate.lead")}</p>
      {issues.length ? (
        <Notice
          tone="error"
          title={t("estimate.invalid.title")}
          items={issues.map((i) => ({ text: t(i.messageKey as never, i.params), field: i.field }))}
        />
      ) : null}

      {estimate && result ? (
        <section aria-labelledby="estimate-result" class="estimate-result">
          <h2 id="estimate-result">{t("estimate.resultHeading")}</h2>
          <p>
            {t("estimate.for", {
              programme: locale === "es" ? result.listing.titleEs : result.listing.titleEn,
              facility: result.listing.facility.name,
              city: result.listing.facility.city,
            })}{" "}
            <a href={href(locale, `/programmes/${result.listing.slug}`)}>{t("estimate.viewListing")}</a>
          </p>
          <p class="estimate-total">
            <strong>
              {t(estimate.unknown.length ? "estimate.totalAtLeast" : "estimate.total", {
                range: formatRange(i18n, estimate.total, currency),
              })}
            </strong>
          </p>
          <table class="estimate-table">
            <caption class="visually-hidden">{t("estimate.resultHeading")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("estimate.item")}</th>
                <th scope="col">{t("estimate.range")}</th>
                <th scope="col">{t("estimate.basis")}</th>
              </tr>
            </thead>
            <tbody>
              {estimate.lines.map((line) => (
                <tr key={line.item}>
                  <th scope="row">{i18n.code("estimate.line", line.item)}</th>
                  <td class="num">{formatRange(i18n, line, currency)}</td>
                  <td>{describeBasis(i18n, line, currency)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t("estimate.totalLabel")}</th>
                <td class="num">{formatRange(i18n, estimate.total, currency)}</td>
                <td />
              </tr>
            </tfoot>
          </table>
          {estimate.unknown.length ? (
            <div class="warning-box" role="note">
              <h3>{t("estimate.unknownHeading")}</h3>
              <p>{t("estimate.unknownLead")}</p>
              <ul>
                {estimate.unknown.map((item) => (
                  <li key={item}>{describeUnknown(i18n, item)}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <p class="muted">
            {t("estimate.ratesAsOf", {
              date: i18n.date(estimate.ratesAsOf),
              reviewed: i18n.date(ASSUMPTIONS_AS_OF),
            })}
          </p>
          <div class="share no-print">
            <label for="estimate-url">{t("estimate.share")}</label>
            <div class="share-row">
              <input
                id="estimate-url"
                type="url"
                readOnly
                value={`${ctx.publicUrl}/${locale}${ctx.path}${ctx.search}`}
                class="share-url"
              />
              <button type="button" class="button copy-link" data-copy="#estimate-url" hidden>
                {t("share.copy")}
              </button>
            </div>
            <p class="copy-status" aria-live="polite" data-copied-text={t("share.copied")} />
            <button type="button" class="button secondary print-button" hidden>
              {t("estimate.print")}
            </button>
          </div>
        </section>
      ) : !issues.length ? (
        <p>{t("estimate.pickFirst")}</p>
      ) : null}

      <form
        method="get"
        action={href(locale, "/estimate")}
        class="estimate-form no-print"
        aria-labelledby="estimate-form-h"
      >
        <h2 id="estimate-form-h">{t("estimate.formHeading")}</h2>
        <input type="hidden" name="amounts_in" value={currency} />
        <SelectField
          name="p"
          label={t("estimate.programme")}
          value={selected}
          invalid={invalid.has("p")}
          options={[
            ["", t("estimate.chooseProgramme")],
            ...props.choices.map((c): [string, string] => [
              c.slug,
              `${locale === "es" ? c.title_es : c.title_en} — ${c.facility}, ${c.city}`,
            ]),
          ]}
        />
        <SelectField
          name="currency"
          label={t("estimate.currency")}
          value={currency}
          invalid={invalid.has("currency")}
          options={CURRENCIES.map((c) => [c, c])}
        />
        <TextField
          inputMode="numeric"
          size={4}
          name="nights"
          label={t("estimate.nights")}
          value={values.nights ?? "0"}
          invalid={invalid.has("nights")}
          hint={
            result
              ? stay
                ? t("estimate.nightsHint", { days: stay })
                : t("estimate.nightsHintUnknown", { days: DEFAULT_STAY_DAYS })
              : undefined
          }
        />
        <TextField
          inputMode="numeric"
          size={4}
          name="companions"
          label={t("estimate.companions")}
          value={values.companions ?? "1"}
          invalid={invalid.has("companions")}
        />
        <SelectField
          name="room"
          label={t("estimate.room")}
          value={values.room ?? "accessible"}
          invalid={invalid.has("room")}
          options={[
            ["accessible", t("estimate.room.accessible")],
            ["standard", t("estimate.room.standard")],
          ]}
        />
        <SelectField
          name="origin"
          label={t("estimate.origin")}
          value={origin}
          invalid={invalid.has("origin")}
          options={[["", t("estimate.origin.none")], ...ORIGIN_CODES.map((c): [string, string] => [c, c])]}
        />
        <TextField
          inputMode="numeric"
          size={4}
          name="pt_weeks"
          label={t("estimate.ptWeeks")}
          value={values.pt_weeks ?? "0"}
          invalid={invalid.has("pt_weeks")}
        />
        <SelectField
          name="insurance"
          label={t("estimate.insurance")}
          value={values.insurance ?? "yes"}
          invalid={invalid.has("insurance")}
          options={[
            ["yes", t("estimate.insurance.yes")],
            ["no", t("estimate.insurance.no")],
          ]}
        />
        <SelectField
          name="transport"
          label={t("estimate.transport")}
          value={values.transport ?? "accessible"}
          invalid={invalid.has("transport")}
          options={[
            ["accessible", t("estimate.transport.accessible")],
            ["standard", t("estimate.transport.standard")],
          ]}
        />
        <fieldset class="own-figures">
          <legend>{t("estimate.ownFigures")}</legend>
          <p class="hint">{t("estimate.ownFiguresHint", { currency })}</p>
          <RangeFields
            i18n={i18n}
            name="flight"
            label={t("estimate.flight")}
            values={values}
            invalid={invalid}
            assumption={flightAssumption}
          />
          <RangeFields
            i18n={i18n}
            name="lodging"
            label={t("estimate.lodging")}
            values={values}
            invalid={invalid}
            assumption={assumption(
              DEFAULT_RATES.lodging[values.room === "standard" ? "standard" : "accessible"],
            )}
          />
          <RangeFields
            i18n={i18n}
            name="meals"
            label={t("estimate.meals")}
            values={values}
            invalid={invalid}
            assumption={assumption(DEFAULT_RATES.mealsPerPersonDay)}
          />
          <RangeFields
            i18n={i18n}
            name="pt"
            label={t("estimate.pt")}
            values={values}
            invalid={invalid}
            assumption={assumption(DEFAULT_RATES.ptPerWeek)}
          />
        </fieldset>
        <button type="submit" class="button">
          {t("estimate.submit")}
        </button>
      </form>
    </Layout>
  );
}
