import type { Locale } from "../../../shared/domain.js";

/**
 * Text helpers shared by the COA reasons and the vetting rule reasons. Messages are templates with {name}
 * placeholders so a translator sees whole sentences.
 */

export type MessageParams = Record<string, string | number>;

/**
 * Codes that appear inside a sentence ("the intrathecal limit") are translated through these tables, keyed
 * by placeholder name. A code missing from its table is shown as is.
 */
export type Terms = Record<string, Record<Locale, Record<string, string>>>;

// Mexican Spanish writes numbers like US English (1,200.5), so one format serves both locales.
const integerFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const smallFormat = new Intl.NumberFormat("en-US", { maximumSignificantDigits: 4 });
const largeFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });

/** Whole numbers in full (cell counts must not be rounded); fractions to four significant digits. */
export function formatNumber(value: number): string {
  if (Number.isInteger(value)) return integerFormat.format(value);
  return Math.abs(value) >= 1000 ? largeFormat.format(value) : smallFormat.format(value);
}

/** Fills {name} placeholders; an unknown placeholder stays visible so a missing param shows up in tests. */
export function fillTemplate(
  template: string,
  params: MessageParams,
  locale: Locale,
  terms: Terms = {},
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const value = params[name];
    if (typeof value === "number") return formatNumber(value);
    return terms[name]?.[locale][value ?? ""] ?? String(value);
  });
}

/** The {name} placeholders of a template, sorted: both languages of a message must use the same set. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();
}
