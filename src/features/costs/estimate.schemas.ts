import { z } from "zod";
import { CURRENCIES, type Currency } from "../../shared/domain.js";
import { AppError, type FieldIssue } from "../../shared/errors.js";
import { ORIGIN_CODES, type OriginCode, ROOM_TYPES, type RoomType } from "./estimate.js";
import { parseAmountMinor, type Range } from "./money.js";

/** Whole currency units per item; above this a typed figure is a typo, not a plan. */
export const AMOUNT_MAX_UNITS = 5_000_000;
export const NIGHTS_MAX = 120;
export const COMPANIONS_MAX = 6;
export const PT_WEEKS_MAX = 52;

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === "" ? undefined : v), schema.optional());
const count = (max: number, fallback: number) =>
  optional(
    z
      .string()
      .regex(/^\d{1,4}$/)
      .transform(Number)
      .pipe(z.number().int().min(0).max(max)),
  ).transform((n) => n ?? fallback);
const amount = optional(
  z
    .string()
    .max(20)
    .transform((s, ctx) => {
      const minor = parseAmountMinor(s);
      if (minor === null || minor > AMOUNT_MAX_UNITS * 100) {
        ctx.addIssue({ code: "custom", message: "amount" });
        return z.NEVER;
      }
      return minor;
    }),
);

/**
 * Everything the estimate needs, from the URL: a shared link reproduces the same figures. Typed amounts are
 * in `amounts_in` (the currency they were typed in), so switching the display currency converts them.
 */
export const EstimateQuerySchema = z
  .object({
    p: optional(z.string().regex(/^[a-z0-9-]{1,120}$/)),
    currency: optional(z.enum(CURRENCIES)).transform((c) => c ?? "USD"),
    amounts_in: optional(z.enum(CURRENCIES)),
    nights: count(NIGHTS_MAX, 0),
    companions: count(COMPANIONS_MAX, 1),
    room: optional(z.enum(ROOM_TYPES)).transform((r) => r ?? "accessible"),
    origin: optional(z.enum(ORIGIN_CODES as [OriginCode, ...OriginCode[]])),
    flight_low: amount,
    flight_high: amount,
    lodging_low: amount,
    lodging_high: amount,
    meals_low: amount,
    meals_high: amount,
    pt_weeks: count(PT_WEEKS_MAX, 0),
    pt_low: amount,
    pt_high: amount,
    insurance: optional(z.enum(["yes", "no"])).transform((v) => v !== "no"),
    transport: optional(z.enum(["accessible", "standard"])).transform((v) => v ?? "accessible"),
    lang: optional(z.enum(["en", "es"])),
  })
  .strict();

export type EstimateQuery = z.infer<typeof EstimateQuerySchema>;

export type EstimateParams = {
  slug: string | null;
  currency: Currency;
  amountsIn: Currency;
  extraNights: number;
  companions: number;
  room: RoomType;
  origin: OriginCode | null;
  flightPerPerson?: Range;
  lodgingPerNight?: Range;
  mealsPerPersonDay?: Range;
  ptWeeks: number;
  ptPerWeek?: Range;
  insurance: boolean;
  accessibleTransport: boolean;
};

export const RANGE_FIELDS = ["flight", "lodging", "meals", "pt"] as const;
type RangeField = (typeof RANGE_FIELDS)[number];

function issuesOf(error: z.ZodError, input: Record<string, unknown>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys)
        issues.push({
          field: key,
          messageKey: "search.invalid.unknownParam",
          params: { name: key.slice(0, 40) },
        });
      continue;
    }
    const field = String(issue.path[0] ?? "p");
    if (Array.isArray(issue.input))
      issues.push({ field, messageKey: "search.invalid.repeated", params: { name: field } });
    else if (/_(low|high)$/.test(field))
      issues.push({
        field,
        messageKey: "estimate.invalid.amount",
        params: { max: AMOUNT_MAX_UNITS.toLocaleString("en") },
      });
    else issues.push({ field, messageKey: `estimate.invalid.${field}` });
  }
  return issues;
}

/** Range problems (one end missing, ends reversed) from whichever ends could be read as amounts. */
function rangeIssues(read: (field: string) => number | undefined): {
  issues: FieldIssue[];
  ranges: Partial<Record<RangeField, Range>>;
} {
  const issues: FieldIssue[] = [];
  const ranges: Partial<Record<RangeField, Range>> = {};
  for (const field of RANGE_FIELDS) {
    const low = read(`${field}_low`);
    const high = read(`${field}_high`);
    if (low === undefined && high === undefined) continue;
    if (low === undefined || high === undefined) {
      issues.push({
        field: low === undefined ? `${field}_low` : `${field}_high`,
        messageKey: "estimate.invalid.rangeHalf",
      });
    } else if (low > high) {
      issues.push({ field: `${field}_high`, messageKey: "estimate.invalid.rangeOrder" });
    } else {
      ranges[field] = { low, high };
    }
  }
  return { issues, ranges };
}

/** Parses the query; a range needs both ends (or neither) with low ≤ high. Throws VALIDATION listing every problem. */
export function parseEstimateQuery(raw: unknown): EstimateParams {
  const input = (raw ?? {}) as Record<string, unknown>;
  const result = EstimateQuerySchema.safeParse(input);
  if (!result.success) {
    // Report the range problems too, so one round trip shows everything to fix.
    const readable = (field: string) => {
      const v = input[field];
      return typeof v === "string" && v !== "" ? (parseAmountMinor(v) ?? undefined) : undefined;
    };
    const more = rangeIssues(readable).issues.filter(
      (i) => !result.error.issues.some((z) => z.path[0] === i.field),
    );
    throw new AppError("VALIDATION", "estimate.invalid.title", {
      issues: [...issuesOf(result.error, input), ...more],
    });
  }
  const q = result.data;
  const { issues, ranges } = rangeIssues((field) => q[field as keyof EstimateQuery] as number | undefined);
  if (issues.length) throw new AppError("VALIDATION", "estimate.invalid.title", { issues });
  return {
    slug: q.p ?? null,
    currency: q.currency,
    amountsIn: q.amounts_in ?? q.currency,
    extraNights: q.nights,
    companions: q.companions,
    room: q.room,
    origin: q.origin ?? null,
    flightPerPerson: ranges.flight,
    lodgingPerNight: ranges.lodging,
    mealsPerPersonDay: ranges.meals,
    ptWeeks: q.pt_weeks,
    ptPerWeek: ranges.pt,
    insurance: q.insurance,
    accessibleTransport: q.transport === "accessible",
  };
}

/** The URL query that reproduces an estimate (for share links and the CLI's equivalent). */
export function estimateQueryString(raw: Record<string, unknown>): string {
  const qs = new URLSearchParams();
  for (const key of Object.keys(EstimateQuerySchema.shape)) {
    const v = raw[key];
    if (typeof v === "string" && v !== "") qs.set(key, v);
  }
  return qs.toString();
}
