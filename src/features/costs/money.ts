import type { Currency } from "../../shared/domain.js";

/**
 * Money is held as integer minor units (cents, centavos) of one currency. Every currency Candor
 * supports has two decimals, so a minor unit of one converts to a minor unit of another by the ratio of
 * their rates alone. Rates are integer millionths of a unit per US dollar (18.25 MXN/USD = 18_250_000),
 * so the maths is exact integer arithmetic (BigInt) with one explicit rounding at the end.
 */
export type RateTable = {
  /** The day of the newest rate in the table (ISO). */
  asOf: string;
  /** Units of each currency per 1 USD, in millionths. USD itself is 1_000_000. */
  perUsdMicros: Record<Currency, number>;
};

/** How a converted amount is rounded to a whole minor unit. Ranges round outwards: low down, high up. */
export type Rounding = "nearest" | "down" | "up";

export class MoneyError extends Error {}

function divide(numerator: bigint, denominator: bigint, rounding: Rounding): bigint {
  const quotient = numerator / denominator;
  const remainder = numerator % denominator;
  if (remainder === 0n) return quotient;
  const negative = numerator < 0n !== denominator < 0n;
  if (rounding === "down") return negative ? quotient - 1n : quotient;
  if (rounding === "up") return negative ? quotient : quotient + 1n;
  // Nearest, halves away from zero (the rule people expect from a calculator).
  const twice = (remainder < 0n ? -remainder : remainder) * 2n;
  const abs = denominator < 0n ? -denominator : denominator;
  if (twice >= abs) return negative ? quotient - 1n : quotient + 1n;
  return quotient;
}

export function assertMinor(amount: number): void {
  if (!Number.isSafeInteger(amount)) throw new MoneyError(`not a whole number of minor units: ${amount}`);
}

/** Converts integer minor units between currencies through the USD rates of one table. */
export function convertMinor(
  amount: number,
  from: Currency,
  to: Currency,
  rates: RateTable,
  rounding: Rounding = "nearest",
): number {
  assertMinor(amount);
  if (from === to) return amount;
  const fromRate = rates.perUsdMicros[from];
  const toRate = rates.perUsdMicros[to];
  if (!(fromRate > 0) || !(toRate > 0)) throw new MoneyError(`no rate for ${from}→${to}`);
  const result = divide(BigInt(amount) * BigInt(toRate), BigInt(fromRate), rounding);
  const asNumber = Number(result);
  if (!Number.isSafeInteger(asNumber)) throw new MoneyError("amount too large to convert");
  return asNumber;
}

export type Range = { low: number; high: number };

/** A range converted outwards, so the converted range always contains the original one. */
export function convertRange(range: Range, from: Currency, to: Currency, rates: RateTable): Range {
  return {
    low: convertMinor(range.low, from, to, rates, "down"),
    high: convertMinor(range.high, from, to, rates, "up"),
  };
}

export function addRanges(...ranges: Range[]): Range {
  let low = 0;
  let high = 0;
  for (const r of ranges) {
    low += r.low;
    high += r.high;
  }
  if (!Number.isSafeInteger(low) || !Number.isSafeInteger(high)) throw new MoneyError("total too large");
  return { low, high };
}

/** Multiplies a per-unit range by a whole count (nights, people, sessions). */
export function scaleRange(range: Range, count: number): Range {
  if (!Number.isSafeInteger(count) || count < 0) throw new MoneyError(`not a count: ${count}`);
  return { low: range.low * count, high: range.high * count };
}

/** Parses "18.25" into millionths (18_250_000) without going through floating point. */
export function parseRateMicros(text: string): number | null {
  const m = /^(\d{1,7})(?:\.(\d{1,6}))?$/.exec(text.trim());
  if (!m) return null;
  const micros = Number(m[1]) * 1_000_000 + Number((m[2] ?? "").padEnd(6, "0"));
  return micros > 0 ? micros : null;
}

/** Parses a typed whole or decimal amount ("1,250.50", "1250") into minor units, or null. */
export function parseAmountMinor(text: string): number | null {
  const m = /^(\d{1,10})(?:\.(\d{1,2}))?$/.exec(text.trim().replace(/[,\s]/g, ""));
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
}
