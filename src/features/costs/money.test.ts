import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CURRENCIES } from "../../shared/domain.js";
import {
  addRanges,
  convertMinor,
  convertRange,
  MoneyError,
  parseAmountMinor,
  parseRateMicros,
  type RateTable,
  scaleRange,
} from "./money.js";

const rates: RateTable = {
  asOf: "2026-11-18",
  perUsdMicros: { USD: 1_000_000, MXN: 18_250_000, CAD: 1_380_000, EUR: 920_000 },
};

describe("convertMinor", () => {
  it("converts through USD with exact integer maths", () => {
    expect(convertMinor(100_00, "USD", "MXN", rates)).toBe(1_825_00);
    expect(convertMinor(1_825_00, "MXN", "USD", rates)).toBe(100_00);
    expect(convertMinor(100_00, "EUR", "CAD", rates)).toBe(150_00);
  });

  it("returns the same amount for the same currency", () => {
    expect(convertMinor(123, "CAD", "CAD", rates)).toBe(123);
  });

  it("rounds halves away from zero, and down or up when asked", () => {
    // 1 MXN centavo = 0.0547945… US cents.
    expect(convertMinor(1, "MXN", "USD", rates)).toBe(0);
    expect(convertMinor(1, "MXN", "USD", rates, "up")).toBe(1);
    expect(convertMinor(1, "MXN", "USD", rates, "down")).toBe(0);
    const half: RateTable = { asOf: "x", perUsdMicros: { ...rates.perUsdMicros, EUR: 2_000_000 } };
    expect(convertMinor(1, "EUR", "USD", half)).toBe(1); // 0.5 → 1
    expect(convertMinor(-1, "EUR", "USD", half)).toBe(-1); // −0.5 → −1
    expect(convertMinor(-3, "MXN", "USD", rates, "down")).toBe(-1);
  });

  it("rejects fractions of a minor unit and missing rates", () => {
    expect(() => convertMinor(1.5, "USD", "MXN", rates)).toThrow(MoneyError);
    const partial = { asOf: "x", perUsdMicros: { ...rates.perUsdMicros, CAD: 0 } };
    expect(() => convertMinor(100, "USD", "CAD", partial)).toThrow(MoneyError);
  });

  it("never drifts by more than one minor unit on a round trip (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.constantFrom(...CURRENCIES),
        fc.constantFrom(...CURRENCIES),
        (amount, a, b) => {
          const there = convertMinor(amount, a, b, rates);
          const back = convertMinor(there, b, a, rates);
          const tolerance = Math.ceil(rates.perUsdMicros[a] / rates.perUsdMicros[b]);
          expect(Math.abs(back - amount)).toBeLessThanOrEqual(tolerance);
        },
      ),
    );
  });

  it("converts ranges outwards so the result contains the original (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 0, max: 1e9 }),
        fc.constantFrom(...CURRENCIES),
        (x, y, to) => {
          const range = { low: Math.min(x, y), high: Math.max(x, y) };
          const converted = convertRange(range, "MXN", to, rates);
          expect(converted.low).toBeLessThanOrEqual(convertMinor(range.low, "MXN", to, rates));
          expect(converted.high).toBeGreaterThanOrEqual(convertMinor(range.high, "MXN", to, rates));
          expect(converted.low).toBeLessThanOrEqual(converted.high);
        },
      ),
    );
  });
});

describe("ranges", () => {
  it("adds and scales", () => {
    expect(addRanges({ low: 1, high: 2 }, { low: 10, high: 20 })).toEqual({ low: 11, high: 22 });
    expect(addRanges()).toEqual({ low: 0, high: 0 });
    expect(scaleRange({ low: 5_000, high: 9_000 }, 3)).toEqual({ low: 15_000, high: 27_000 });
    expect(() => scaleRange({ low: 1, high: 1 }, -1)).toThrow(MoneyError);
    expect(() =>
      addRanges({ low: Number.MAX_SAFE_INTEGER, high: Number.MAX_SAFE_INTEGER }, { low: 1, high: 1 }),
    ).toThrow(MoneyError);
  });
});

describe("parsing", () => {
  it("parses rates into millionths without floating point", () => {
    expect(parseRateMicros("18.25")).toBe(18_250_000);
    expect(parseRateMicros("0.920001")).toBe(920_001);
    expect(parseRateMicros("1")).toBe(1_000_000);
    for (const bad of ["", "0", "-1", "1.2345678", "abc", "1e3"]) expect(parseRateMicros(bad)).toBeNull();
  });

  it("parses typed amounts into minor units", () => {
    expect(parseAmountMinor("1,250.50")).toBe(125_050);
    expect(parseAmountMinor("900")).toBe(90_000);
    expect(parseAmountMinor("0.1")).toBe(10);
    for (const bad of ["", "-5", "1.234", "ten", "1e5"]) expect(parseAmountMinor(bad)).toBeNull();
  });
});
