import type { I18n } from "../../../i18n/index.js";
import {
  CELL_SOURCES,
  CURRENCIES,
  ROUTES,
  SPOKEN_LANGUAGES,
  VETTING_STATUSES,
} from "../../../shared/domain.js";
import type { FieldIssue } from "../../../shared/errors.js";
import { href, type PageContext } from "../../../shared/page.js";
import { Layout, Notice } from "../../../shared/views/layout.js";
import type { SearchRow } from "../catalogue.repo.js";
import { QUERY_MAX_LENGTH, type SearchFormValues, SORTS } from "../catalogue.schemas.js";
import type { SearchResult } from "../catalogue.service.js";
import { DemoTag, PriceRange, VettingBadge } from "./components.js";

function Select(props: {
  i18n: I18n;
  name: string;
  label: string;
  value: string | undefined;
  options: readonly string[];
  optionLabel: (v: string) => string;
  anyLabel?: string;
  invalid: boolean;
}) {
  return (
    <div class="field">
      <label for={props.name}>{props.label}</label>
      <select id={props.name} name={props.name} aria-invalid={props.invalid ? "true" : undefined}>
        {props.anyLabel ? <option value="">{props.anyLabel}</option> : null}
        {props.options.map((o) => (
          <option key={o} value={o} selected={props.value === o}>
            {props.optionLabel(o)}
          </option>
        ))}
      </select>
    </div>
  );
}

function ResultCard(props: {
  i18n: I18n;
  row: SearchRow;
  checked: boolean;
  today: string;
  staleBefore: string;
}) {
  const { i18n, row } = props;
  const { t, locale } = i18n;
  const title = locale === "es" ? row.title_es : row.title_en;
  const stale = row.price_as_of !== null && row.price_as_of < props.staleBefore;
  const titleId = `r-${row.slug}`;
  return (
    <li class="result">
      <article aria-labelledby={titleId}>
        <h3 id={titleId}>
          <a href={href(locale, `/programmes/${row.slug}`)}>{title}</a>
        </h3>
        <p class="result-facility">
          {row.facility_name} · {row.city}, {row.state} · {i18n.code("facilityKind", row.facility_kind)}{" "}
          {row.is_demo ? <DemoTag i18n={i18n} /> : null}
        </p>
        <p>
          <VettingBadge i18n={i18n} status={row.vetting_status} />
        </p>
        <dl class="facts">
          <div>
            <dt>{t("listing.cellSource")}</dt>
            <dd>{i18n.code("cellSource", row.cell_source)}</dd>
          </div>
          <div>
            <dt>{t("listing.routes")}</dt>
            <dd>
              {row.routes.length
                ? row.routes.map((r) => i18n.code("route", r)).join(", ")
                : t("common.notStated")}
            </dd>
          </div>
          <div>
            <dt>{t("listing.physicalTherapy")}</dt>
            <dd>
              {row.pt_included && row.pt_days > 0
                ? t("listing.ptSummary", {
                    days: row.pt_days,
                    hours: i18n.number(row.pt_minutes_per_day / 60),
                  })
                : t("listing.ptNotIncluded")}
            </dd>
          </div>
          <div>
            <dt>{t("listing.packagePrice")}</dt>
            <dd>
              <PriceRange
                i18n={i18n}
                low={row.price_low_minor}
                high={row.price_high_minor}
                currency={row.price_currency}
              />
              {stale ? <span class="badge badge-stale">{t("price.stale")}</span> : null}
            </dd>
          </div>
        </dl>
        <div class="compare-check">
          <input
            type="checkbox"
            id={`cmp-${row.slug}`}
            name="p"
            value={row.slug}
            form="compare-form"
            checked={props.checked}
          />
          <label for={`cmp-${row.slug}`}>{t("search.addToCompare", { title })}</label>
        </div>
      </article>
    </li>
  );
}

export function SearchPage(props: {
  ctx: PageContext;
  values: SearchFormValues;
  cities: string[];
  result: SearchResult | null;
  issues: FieldIssue[];
  today: string;
  staleBefore: string;
}) {
  const { ctx, values, result, issues } = props;
  const { i18n } = ctx;
  const { t, locale } = i18n;
  const invalid = new Set(issues.map((i) => i.field));
  const pageHref = (page: number) =>
    href(locale, "/search", { ...values, page: page === 1 ? undefined : page });
  const title = values.q ? t("search.titleWithQuery", { q: values.q }) : t("search.title");
  return (
    <Layout ctx={ctx} meta={{ title, description: t("search.description"), noindex: Boolean(ctx.search) }}>
      <h1>{t("search.heading")}</h1>
      {issues.length ? (
        <Notice
          tone="error"
          title={t("search.invalid.title")}
          items={issues.map((i) => ({ text: t(i.messageKey as never, i.params), field: i.field }))}
        />
      ) : null}
      <form method="get" action={href(locale, "/search")} class="search-form" role="search">
        <div class="field field-wide">
          <label for="q">{t("search.queryLabel")}</label>
          <p class="hint" id="q-hint">
            {t("search.queryHint", { max: QUERY_MAX_LENGTH })}
          </p>
          <input
            id="q"
            name="q"
            type="search"
            value={values.q ?? ""}
            maxLength={QUERY_MAX_LENGTH * 2}
            aria-describedby="q-hint"
            aria-invalid={invalid.has("q") ? "true" : undefined}
          />
        </div>
        <fieldset class="filters">
          <legend>{t("search.filters")}</legend>
          <Select
            i18n={i18n}
            name="city"
            label={t("search.city")}
            value={values.city}
            options={props.cities}
            optionLabel={(c) => c}
            anyLabel={t("search.any")}
            invalid={invalid.has("city")}
          />
          <Select
            i18n={i18n}
            name="source"
            label={t("listing.cellSource")}
            value={values.source}
            options={CELL_SOURCES}
            optionLabel={(c) => i18n.code("cellSource", c)}
            anyLabel={t("search.any")}
            invalid={invalid.has("source")}
          />
          <Select
            i18n={i18n}
            name="route"
            label={t("search.route")}
            value={values.route}
            options={ROUTES}
            optionLabel={(c) => i18n.code("route", c)}
            anyLabel={t("search.any")}
            invalid={invalid.has("route")}
          />
          <Select
            i18n={i18n}
            name="status"
            label={t("search.status")}
            value={values.status}
            options={VETTING_STATUSES}
            optionLabel={(c) => i18n.code("vetting", c)}
            anyLabel={t("search.any")}
            invalid={invalid.has("status")}
          />
          <Select
            i18n={i18n}
            name="language"
            label={t("search.language")}
            value={values.language}
            options={SPOKEN_LANGUAGES}
            optionLabel={(c) => i18n.code("spokenLanguage", c)}
            anyLabel={t("search.any")}
            invalid={invalid.has("language")}
          />
          <fieldset class="price-range">
            <legend>{t("search.priceRange")}</legend>
            <div class="field">
              <label for="min">{t("search.minPrice")}</label>
              <input
                id="min"
                name="min"
                inputMode="numeric"
                value={values.min ?? ""}
                aria-invalid={invalid.has("min") ? "true" : undefined}
              />
            </div>
            <div class="field">
              <label for="max">{t("search.maxPrice")}</label>
              <input
                id="max"
                name="max"
                inputMode="numeric"
                value={values.max ?? ""}
                aria-invalid={invalid.has("max") ? "true" : undefined}
              />
            </div>
            <Select
              i18n={i18n}
              name="currency"
              label={t("search.currency")}
              value={values.currency ?? "USD"}
              options={CURRENCIES}
              optionLabel={(c) => c}
              invalid={invalid.has("currency")}
            />
          </fieldset>
          <div class="field check">
            <input type="checkbox" id="pt" name="pt" value="1" checked={values.pt === "1"} />
            <label for="pt">{t("search.ptIncluded")}</label>
          </div>
          <div class="field check">
            <input type="checkbox" id="fresh" name="fresh" value="1" checked={values.fresh === "1"} />
            <label for="fresh">{t("search.freshOnly")}</label>
          </div>
          <Select
            i18n={i18n}
            name="sort"
            label={t("search.sort")}
            value={values.sort ?? "relevance"}
            options={SORTS}
            optionLabel={(c) => i18n.code("sort", c)}
            invalid={invalid.has("sort")}
          />
        </fieldset>
        <button type="submit" class="button">
          {t("search.submit")}
        </button>
      </form>

      {result ? (
        <section aria-labelledby="results-heading" class="results">
          <h2 id="results-heading">{t("search.resultsHeading")}</h2>
          <p role="status">
            {result.total === 0
              ? t("search.noResults")
              : result.more
                ? t("search.countMore", { count: i18n.number(result.total) })
                : t("search.count", { count: result.total })}
            {result.correctedQuery ? ` ${t("search.corrected", { q: result.correctedQuery })}` : ""}
          </p>
          <form id="compare-form" method="get" action={href(locale, "/compare")} class="compare-bar">
            <p class="hint">{t("search.compareHint")}</p>
            <button type="submit" class="button secondary">
              {t("search.compareSelected")}
            </button>
          </form>
          <ol class="result-list">
            {result.rows.map((row) => (
              <ResultCard
                key={row.slug}
                i18n={i18n}
                row={row}
                checked={ctx.compareSlugs.includes(row.slug)}
                today={props.today}
                staleBefore={props.staleBefore}
              />
            ))}
          </ol>
          {result.pageCount > 1 ? (
            <nav aria-label={t("search.pagination")} class="pagination">
              {result.page > 1 ? (
                <a href={pageHref(result.page - 1)} rel="prev">
                  {t("search.prev")}
                </a>
              ) : null}
              <span>{t("search.pageOf", { page: result.page, pages: result.pageCount })}</span>
              {result.page < result.pageCount ? (
                <a href={pageHref(result.page + 1)} rel="next">
                  {t("search.next")}
                </a>
              ) : null}
            </nav>
          ) : null}
        </section>
      ) : null}
    </Layout>
  );
}
