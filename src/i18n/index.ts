import type { Currency, Locale } from "../shared/domain.js";
import { en, type MessageKey } from "./en.js";
import { es } from "./es.js";

export type { MessageKey };
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

export const CATALOGUES: Record<Locale, Record<MessageKey, string>> = { en, es };

const INTL_LOCALE: Record<Locale, string> = { en: "en-US", es: "es-MX" };

/** Replaces {name} placeholders; an unknown placeholder is left visible so a missing param shows in tests. */
function interpolate(message: string, params?: Params): string {
  if (!params) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

export type I18n = {
  locale: Locale;
  t: Translate;
  /** Looks up a key built from a domain code, e.g. `cellSource.${code}`. */
  code(prefix: string, code: string): string;
  date(iso: string | Date): string;
  number(n: number): string;
  money(minor: number, currency: Currency | string): string;
  other: Locale;
};

const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let f = formatters.get(key);
  if (!f) {
    f = make();
    formatters.set(key, f);
  }
  return f as T;
}

export function i18nFor(locale: Locale): I18n {
  const catalogue = CATALOGUES[locale];
  const intl = INTL_LOCALE[locale];
  const t: Translate = (key, params) => interpolate(catalogue[key] ?? key, params);
  return {
    locale,
    other: locale === "en" ? "es" : "en",
    t,
    code: (prefix, code) => {
      const key = `${prefix}.${code}` as MessageKey;
      return catalogue[key] ?? code;
    },
    date: (value) => {
      // Dates without a time are calendar days: format them in UTC so they never shift a day.
      const d = typeof value === "string" ? new Date(`${value.slice(0, 10)}T00:00:00Z`) : value;
      return cached(
        `d:${intl}`,
        () => new Intl.DateTimeFormat(intl, { dateStyle: "medium", timeZone: "UTC" }),
      ).format(d);
    },
    number: (n) => cached(`n:${intl}`, () => new Intl.NumberFormat(intl)).format(n),
    money: (minor, currency) =>
      cached(
        `m:${intl}:${currency}`,
        () =>
          new Intl.NumberFormat(intl, {
            style: "currency",
            currency,
            currencyDisplay: "code",
            maximumFractionDigits: 0,
            minimumFractionDigits: 0,
          }),
      ).format(Math.round(minor / 100)),
  };
}
