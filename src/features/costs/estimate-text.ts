import type { I18n, MessageKey } from "../../i18n/index.js";
import type { Currency } from "../../shared/domain.js";
import type { Estimate, EstimateLineResult } from "./estimate.js";
import type { Range } from "./money.js";

export function formatRange(i18n: I18n, range: Range, currency: Currency): string {
  if (range.low === range.high) return i18n.money(range.low, currency);
  return i18n.t("price.range", {
    low: i18n.money(range.low, currency),
    high: i18n.money(range.high, currency),
  });
}

/** The assumption behind a line, in the reader's language, with its per-unit range. */
export function describeBasis(i18n: I18n, line: EstimateLineResult, currency: Currency): string {
  const params: Record<string, string | number> = { ...line.basis.params };
  if (line.unit) params.unit = formatRange(i18n, line.unit, currency);
  if (typeof params.people === "number") {
    params.people =
      params.people === 1 ? i18n.t("estimate.person") : i18n.t("estimate.people", { count: params.people });
  }
  return i18n.t(line.basis.key as MessageKey, params);
}

export function describeUnknown(i18n: I18n, item: string): string {
  if (item === "programme_price" || item === "flights")
    return i18n.t(`estimate.unknown.${item}` as MessageKey);
  return i18n.code("priceItem", item);
}

/** The machine-readable estimate (API and CLI): integer minor units, basis in one language. */
export function estimateJson(estimate: Estimate, i18n: I18n) {
  return {
    currency: estimate.currency,
    ratesAsOf: estimate.ratesAsOf,
    lines: estimate.lines.map((l) => ({
      item: l.item,
      low: l.low,
      high: l.high,
      basis: describeBasis(i18n, l, estimate.currency),
    })),
    total: estimate.total,
    unknown: estimate.unknown,
  };
}
