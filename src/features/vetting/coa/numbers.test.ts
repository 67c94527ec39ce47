import { describe, expect, it } from "vitest";
import { parseCoaMeasurement, parseCoaNumber } from "./numbers.js";

describe("parseCoaNumber", () => {
  it.each([
    [1.2e8, 1.2e8],
    [0, 0],
    [-3.5, -3.5],
    ["94.5", 94.5],
    ["1.2e8", 120_000_000],
    ["1.2E+08", 120_000_000],
    ["1.2e-3", 0.0012],
    ["1.1e8", 110_000_000],
    ["120 x 10^6", 120_000_000],
    ["120x10^6", 120_000_000],
    ["120 X 10^6", 120_000_000],
    ["120×10^6", 120_000_000],
    ["120 * 10^6", 120_000_000],
    ["120 · 10^6", 120_000_000],
    ["1.2 x 10**8", 120_000_000],
    ["1.2 × 10⁸", 120_000_000],
    ["1.2×10⁸", 120_000_000],
    ["2.5 × 10⁻¹", 0.25],
    ["10^8", 100_000_000],
    ["10⁸", 100_000_000],
    ["120 million", 120_000_000],
    ["120 Million", 120_000_000],
    ["120 millions", 120_000_000],
    ["120 millones", 120_000_000],
    ["1 millón", 1_000_000],
    ["1 millon", 1_000_000],
    ["120 millones de células", 120_000_000],
    ["120 million cells", 120_000_000],
    ["1.5 mil millones", 1_500_000_000],
    ["1.5 billion", 1_500_000_000],
    ["2 billones", 2e12],
    ["500 mil", 500_000],
    ["500 thousand", 500_000],
    ["1,2e8", 120_000_000],
    ["1,2 x 10^8", 120_000_000],
    ["95,5 %", 95.5],
    ["95,5%", 95.5],
    ["94.5%", 94.5],
    ["94.5 %", 94.5],
    ["94.5 percent", 94.5],
    ["94,5 por ciento", 94.5],
    ["1,200,000", 1_200_000],
    ["1.200.000", 1_200_000],
    ["1 200 000", 1_200_000],
    ["1\u202f200\u202f000", 1_200_000],
    ["1'200'000", 1_200_000],
    ["1,200,000.5", 1_200_000.5],
    ["1.200.000,5", 1_200_000.5],
    ["1,200.5", 1200.5],
    ["1.200,5", 1200.5],
    ["1 200,5", 1200.5],
    ["0,125", 0.125],
    ["0.125", 0.125],
    ["1234,567", 1234.567],
    ["12,34", 12.34],
    [".5", 0.5],
    [",5", 0.5],
    ["  94.5  ", 94.5],
    ["\t120\u00a0millones\n", 120_000_000],
    ["+5", 5],
    ["-0.5", -0.5],
    ["−0.5", -0.5],
    ["007", 7],
    ["120000000 viable cells", 120_000_000],
  ])("reads %j as %d", (input, expected) => {
    expect(parseCoaNumber(input)).toBe(expected);
  });

  describe("refuses to guess a thousands separator", () => {
    it.each(["1,200", "1.200", "12,500", "120.000", "1,200 x 10^6", "-1,500"])(
      "%j is ambiguous → null",
      (input) => {
        expect(parseCoaNumber(input)).toBeNull();
      },
    );
  });

  it.each([
    ["", "empty"],
    ["   ", "blank"],
    ["abc", "words"],
    ["n/a", "not applicable"],
    ["NaN", "NaN as text"],
    ["Infinity", "Infinity as text"],
    ["1e400", "overflow"],
    ["12abc", "trailing garbage"],
    ["abc12", "leading garbage"],
    ["1,20,00", "bad grouping"],
    ["12 00", "bad space grouping"],
    ["1.2.3", "bad dot grouping"],
    ["1,200.000,5", "decimal separator twice"],
    ["1.2,3.4", "mixed twice"],
    ["1 200.000,5", "three kinds of separator"],
    ["x 10^6", "multiplier without mantissa"],
    ["e8", "exponent without mantissa"],
    ["million", "scale without number"],
    ["%", "percent alone"],
    ["94.5.", "trailing dot"],
    ["1.2 x 10e8", "mixed exponent notation"],
    ["~120 million", "approximation"],
    ["95 ± 2 %", "range"],
    ["90-95", "interval"],
    ["0x10", "hex"],
    ["12 mm", "other unit"],
  ])("rejects %j (%s)", (input) => {
    expect(parseCoaNumber(input)).toBeNull();
  });

  it.each([
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
    [null],
    [undefined],
    [true],
    [[1]],
    [{ value: 1 }],
    [10n],
  ])("returns null for the non-number %s", (input) => {
    expect(parseCoaNumber(input)).toBeNull();
  });

  it("returns null for a bound, which is not an exact number", () => {
    expect(parseCoaNumber("< 0.5")).toBeNull();
  });
});

describe("parseCoaMeasurement", () => {
  it.each([
    ["< 0.5", 0.5, "<"],
    ["<0.5", 0.5, "<"],
    ["<= 0.5", 0.5, "<="],
    ["≤0,5", 0.5, "<="],
    ["> 95 %", 95, ">"],
    [">=95%", 95, ">="],
    ["≥ 1.2 × 10⁸", 120_000_000, ">="],
    ["0.25", 0.25, "="],
    [0.25, 0.25, "="],
  ])("reads %j as %d with relation %s", (input, value, relation) => {
    expect(parseCoaMeasurement(input)).toEqual({ value, relation });
  });

  it("rejects a qualifier without a number", () => {
    expect(parseCoaMeasurement("<")).toBeNull();
  });
});
