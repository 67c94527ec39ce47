import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CURRENCIES } from "../../shared/domain.js";
import {
  DEFAULT_STAY_DAYS,
  EstimateError,
  type EstimateInput,
  estimateTrip,
  ORIGIN_CODES,
} from "./estimate.js";
import type { RateTable } from "./money.js";
import { buildAllInQuote } from "./quote.js";

const rates: RateTable = {
  asOf: "2026-11-18",
  perUsdMicros: { USD: 1_000_000, MXN: 18_250_000, CAD: 1_380_000, EUR: 920_000 },
};

const fullQuote = buildAllInQuote({
  price: { lowMinor: 1_500_000, highMinor: 2_000_000, currency: "USD" },
  routes: ["intravenous"],
  items: Object.fromEntries(
    [
      "cell_processing",
      "iv_session",
      "imaging",
      "lab_work",
      "hospital_nights",
      "physical_therapy",
      "consultations",
      "follow_up",
      "transfers",
      "interpreter",
    ].map((i) => [i, { status: "included" }]),
  ),
});

const base: EstimateInput = {
  currency: "USD",
  programme: { quote: fullQuote, lengthOfStayDays: 10 },
  extraNights: 0,
  companions: 0,
  room: "standard",
  origin: null,
  ptWeeks: 0,
  insurance: false,
  accessibleTransport: false,
};

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe("estimateTrip", () => {
  it("prices the programme, lodging, meals and transport for the stay", () => {
    const e = estimateTrip(base, rates);
    expect(e.lines.map((l) => l.item)).toEqual(["programme", "lodging", "meals", "ground_transport"]);
    expect(e.lines[0]).toMatchObject({ low: 1_500_000, high: 2_000_000 });
    expect(e.lines[1]).toMatchObject({ low: 10 * 60_00, high: 10 * 120_00 });
    expect(e.unknown).toEqual(["flights"]);
  });

  it("adds a companion to flights, meals and insurance, and extra nights to the stay", () => {
    const e = estimateTrip(
      {
        ...base,
        companions: 1,
        extraNights: 4,
        origin: "DFW",
        insurance: true,
        room: "accessible",
        accessibleTransport: true,
      },
      rates,
    );
    const line = (item: string) => e.lines.find((l) => l.item === item)!;
    expect(e.people).toBe(2);
    expect(e.days).toBe(14);
    expect(line("flights")).toMatchObject({ low: 2 * 300_00, high: 2 * 700_00 });
    expect(line("meals")).toMatchObject({ low: 2 * 14 * 25_00, high: 2 * 14 * 50_00 });
    expect(line("lodging")).toMatchObject({ low: 14 * 110_00, high: 14 * 220_00 });
    expect(line("insurance")).toMatchObject({ low: 2 * 150_00, high: 2 * 450_00 });
    expect(line("ground_transport")).toMatchObject({ low: 14 * 40_00, high: 14 * 90_00 });
  });

  it("uses a typed fare and typed lodging in the chosen currency", () => {
    const e = estimateTrip(
      {
        ...base,
        currency: "MXN",
        flightPerPerson: { low: 500_000, high: 500_000 },
        lodgingPerNight: { low: 100_000, high: 150_000 },
        companions: 2,
      },
      rates,
    );
    expect(e.lines.find((l) => l.item === "flights")).toMatchObject({ low: 1_500_000, high: 1_500_000 });
    expect(e.lines.find((l) => l.item === "lodging")).toMatchObject({ low: 1_000_000, high: 1_500_000 });
    expect(e.lines[0]).toMatchObject({ low: 27_375_000, high: 36_500_000 });
  });

  it("lists an unpublished price and hidden items as unknown, never as zero", () => {
    const hidden = buildAllInQuote({ price: null, routes: ["intrathecal"], items: {} });
    const e = estimateTrip({ ...base, programme: { quote: hidden, lengthOfStayDays: null } }, rates);
    expect(e.lines.some((l) => l.item === "programme")).toBe(false);
    expect(e.unknown[0]).toBe("programme_price");
    expect(e.unknown).toContain("anaesthesia");
    expect(e.days).toBe(DEFAULT_STAY_DAYS);
  });

  it("rejects a reversed or fractional override", () => {
    expect(() => estimateTrip({ ...base, lodgingPerNight: { low: 5, high: 1 } }, rates)).toThrow(
      EstimateError,
    );
    expect(() => estimateTrip({ ...base, flightPerPerson: { low: 1.5, high: 2 } }, rates)).toThrow(
      EstimateError,
    );
  });

  it("totals are exactly the sum of the lines, in every currency (property)", () => {
    fc.assert(
      fc.property(
        fc.record({
          currency: fc.constantFrom(...CURRENCIES),
          extraNights: fc.integer({ min: 0, max: 60 }),
          companions: fc.integer({ min: 0, max: 4 }),
          room: fc.constantFrom("standard" as const, "accessible" as const),
          origin: fc.option(fc.constantFrom(...ORIGIN_CODES), { nil: null }),
          ptWeeks: fc.integer({ min: 0, max: 12 }),
          insurance: fc.boolean(),
          accessibleTransport: fc.boolean(),
          stay: fc.option(fc.integer({ min: 1, max: 60 }), { nil: null }),
        }),
        (r) => {
          const e = estimateTrip(
            { ...base, ...r, programme: { quote: fullQuote, lengthOfStayDays: r.stay } },
            rates,
          );
          expect(e.total.low).toBe(sum(e.lines.map((l) => l.low)));
          expect(e.total.high).toBe(sum(e.lines.map((l) => l.high)));
          for (const l of e.lines) {
            expect(Number.isSafeInteger(l.low) && Number.isSafeInteger(l.high)).toBe(true);
            expect(l.low).toBeLessThanOrEqual(l.high);
          }
        },
      ),
    );
  });
});
