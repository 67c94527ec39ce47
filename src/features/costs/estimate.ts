import type { Currency } from "../../shared/domain.js";
import { addRanges, convertRange, type Range, type RateTable, scaleRange } from "./money.js";
import type { AllInQuote } from "./quote.js";

/**
 * The total-trip estimate: pure maths over integer minor units. Every line is a low–high range with the
 * assumption behind it; the total is exactly the sum of the lines; what cannot be priced is listed as
 * unknown and never counted as zero.
 */

export const ROOM_TYPES = ["standard", "accessible"] as const;
export type RoomType = (typeof ROOM_TYPES)[number];

/**
 * Round-trip economy fares per person, in US cents, booked four to eight weeks ahead. These are Candor's
 * own rough ranges for planning, reviewed on ASSUMPTIONS_AS_OF; a family can type its own fare instead.
 */
export const ORIGINS = {
  LAX: { low: 250_00, high: 600_00 },
  SAN: { low: 200_00, high: 550_00 },
  PHX: { low: 250_00, high: 600_00 },
  DFW: { low: 300_00, high: 700_00 },
  HOU: { low: 280_00, high: 650_00 },
  ORD: { low: 350_00, high: 800_00 },
  ATL: { low: 350_00, high: 800_00 },
  MIA: { low: 300_00, high: 700_00 },
  JFK: { low: 400_00, high: 900_00 },
  SEA: { low: 400_00, high: 900_00 },
  YYZ: { low: 450_00, high: 1_000_00 },
  YVR: { low: 450_00, high: 1_000_00 },
  MEX: { low: 80_00, high: 250_00 },
  MAD: { low: 900_00, high: 1_800_00 },
} as const satisfies Record<string, Range>;
export type OriginCode = keyof typeof ORIGINS;
export const ORIGIN_CODES = Object.keys(ORIGINS) as OriginCode[];

export const ASSUMPTIONS_AS_OF = "2026-11-01";

/** Default per-unit ranges in US cents. Each can be replaced by the user (in their chosen currency). */
export const DEFAULT_RATES = {
  /** One night, per room (patient and companions share). */
  lodging: { standard: { low: 60_00, high: 120_00 }, accessible: { low: 110_00, high: 220_00 } },
  /** Meals and incidentals per person per day. */
  mealsPerPersonDay: { low: 25_00, high: 50_00 },
  /** Outpatient physical therapy per extra week (five sessions of two hours). */
  ptPerWeek: { low: 500_00, high: 1_100_00 },
  /** Travel insurance with medical cover for a pre-existing condition, per person per trip. */
  insurancePerPerson: { low: 150_00, high: 450_00 },
  /** Ground transport per day: a wheelchair-accessible van, or ordinary taxis. */
  transportPerDay: { accessible: { low: 40_00, high: 90_00 }, standard: { low: 15_00, high: 35_00 } },
} as const;

/** Used when a programme does not say how long the stay is. */
export const DEFAULT_STAY_DAYS = 14;

export const ESTIMATE_LINES = [
  "programme",
  "lodging",
  "flights",
  "meals",
  "extended_pt",
  "insurance",
  "ground_transport",
] as const;
export type EstimateLine = (typeof ESTIMATE_LINES)[number];

export type EstimateInput = {
  currency: Currency;
  programme: { quote: AllInQuote; lengthOfStayDays: number | null };
  extraNights: number;
  companions: number;
  room: RoomType;
  /** A preset origin, or null: then a typed fare, or flights are unknown. */
  origin: OriginCode | null;
  /** Overrides, in minor units of `currency`. */
  flightPerPerson?: Range;
  lodgingPerNight?: Range;
  mealsPerPersonDay?: Range;
  ptWeeks: number;
  ptPerWeek?: Range;
  insurance: boolean;
  accessibleTransport: boolean;
};

/** Why a line is what it is: a message key and the numbers it is built from, so each locale can say it. */
export type Basis = { key: string; params: Record<string, string | number> };

export type EstimateLineResult = {
  item: EstimateLine;
  low: number;
  high: number;
  basis: Basis;
  unit?: Range;
};

export type Estimate = {
  currency: Currency;
  ratesAsOf: string;
  days: number;
  people: number;
  lines: EstimateLineResult[];
  total: Range;
  /** Costs that exist but cannot be priced: the programme price if unpublished, hidden quote items. */
  unknown: string[];
};

export class EstimateError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

function checkRange(field: string, r: Range | undefined) {
  if (!r) return;
  if (!Number.isSafeInteger(r.low) || !Number.isSafeInteger(r.high) || r.low < 0 || r.high < r.low) {
    throw new EstimateError(field, `${field} must be a range of whole minor units with low ≤ high`);
  }
}

export function estimateTrip(input: EstimateInput, rates: RateTable): Estimate {
  const { currency } = input;
  for (const [field, r] of [
    ["flightPerPerson", input.flightPerPerson],
    ["lodgingPerNight", input.lodgingPerNight],
    ["mealsPerPersonDay", input.mealsPerPersonDay],
    ["ptPerWeek", input.ptPerWeek],
  ] as const) {
    checkRange(field, r);
  }
  const usd = (r: Range) => convertRange(r, "USD", currency, rates);
  const stay = input.programme.lengthOfStayDays ?? DEFAULT_STAY_DAYS;
  const days = stay + input.extraNights;
  const people = 1 + input.companions;
  const lines: EstimateLineResult[] = [];
  const unknown: string[] = [];

  const { quote } = input.programme;
  if (quote.allIn && quote.currency) {
    const range = convertRange(quote.allIn, quote.currency, currency, rates);
    lines.push({
      item: "programme",
      ...range,
      basis: {
        key: quote.allInIsLowerBound ? "estimate.basis.programmeLowerBound" : "estimate.basis.programme",
        params: { unknown: quote.hiddenCostWarnings.length },
      },
    });
  } else {
    unknown.push("programme_price");
  }
  unknown.push(...quote.hiddenCostWarnings);

  const lodging = input.lodgingPerNight ?? usd(DEFAULT_RATES.lodging[input.room]);
  lines.push({
    item: "lodging",
    ...scaleRange(lodging, days),
    unit: lodging,
    basis: {
      key: `estimate.basis.lodging.${input.room}`,
      params: { nights: days, stay, extra: input.extraNights },
    },
  });

  // With no origin and no typed fare the flights are unknown, not free.
  const flight = input.flightPerPerson ?? (input.origin ? usd(ORIGINS[input.origin]) : null);
  if (flight) {
    lines.push({
      item: "flights",
      ...scaleRange(flight, people),
      unit: flight,
      basis: {
        key: input.flightPerPerson ? "estimate.basis.flightsTyped" : "estimate.basis.flightsOrigin",
        params: { people, origin: input.origin ?? "" },
      },
    });
  } else {
    unknown.push("flights");
  }

  const meals = input.mealsPerPersonDay ?? usd(DEFAULT_RATES.mealsPerPersonDay);
  lines.push({
    item: "meals",
    ...scaleRange(meals, people * days),
    unit: meals,
    basis: { key: "estimate.basis.meals", params: { people, days } },
  });

  if (input.ptWeeks > 0) {
    const pt = input.ptPerWeek ?? usd(DEFAULT_RATES.ptPerWeek);
    lines.push({
      item: "extended_pt",
      ...scaleRange(pt, input.ptWeeks),
      unit: pt,
      basis: { key: "estimate.basis.extendedPt", params: { weeks: input.ptWeeks } },
    });
  }
  if (input.insurance) {
    const ins = usd(DEFAULT_RATES.insurancePerPerson);
    lines.push({
      item: "insurance",
      ...scaleRange(ins, people),
      unit: ins,
      basis: { key: "estimate.basis.insurance", params: { people } },
    });
  }
  const transport = usd(DEFAULT_RATES.transportPerDay[input.accessibleTransport ? "accessible" : "standard"]);
  lines.push({
    item: "ground_transport",
    ...scaleRange(transport, days),
    unit: transport,
    basis: {
      key: input.accessibleTransport
        ? "estimate.basis.transportAccessible"
        : "estimate.basis.transportStandard",
      params: { days },
    },
  });

  return { currency, ratesAsOf: rates.asOf, days, people, lines, total: addRanges(...lines), unknown };
}
