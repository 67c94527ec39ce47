import { z } from "zod";
import { CELL_SOURCES, CURRENCIES, ROUTES, SPOKEN_LANGUAGES, VETTING_STATUSES } from "../../shared/domain.js";
import { AppError, type FieldIssue } from "../../shared/errors.js";

export const QUERY_MAX_LENGTH = 200;
/** Whole currency units; far above any real package, low enough to keep integer maths exact. */
export const PRICE_FILTER_MAX = 10_000_000;
export const SORTS = ["relevance", "price_asc", "price_desc"] as const;

/** Empty form fields arrive as ""; they mean "no filter". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === "" ? undefined : v), schema.optional());

const wholeUnits = optional(z.coerce.number().int().min(0).max(PRICE_FILTER_MAX));

export const SearchParamsSchema = z
  .object({
    q: z.preprocess(
      (v) => (typeof v === "string" ? v.trim().replace(/\s+/g, " ") : v),
      z.string().max(QUERY_MAX_LENGTH).default(""),
    ),
    city: optional(z.string().min(1).max(80)),
    source: optional(z.enum(CELL_SOURCES)),
    route: optional(z.enum(ROUTES)),
    min: wholeUnits,
    max: wholeUnits,
    currency: optional(z.enum(CURRENCIES)).transform((c) => c ?? "USD"),
    pt: optional(z.literal("1")).transform((v) => v === "1"),
    status: optional(z.enum(VETTING_STATUSES)),
    language: optional(z.enum(SPOKEN_LANGUAGES)),
    fresh: optional(z.literal("1")).transform((v) => v === "1"),
    sort: optional(z.enum(SORTS)).transform((s) => s ?? "relevance"),
    page: optional(z.coerce.number().int().min(1).max(500)).transform((p) => p ?? 1),
  })
  .strict()
  .refine((p) => p.min === undefined || p.max === undefined || p.min <= p.max, {
    path: ["max"],
    message: "min_above_max",
  });

export type SearchParams = z.infer<typeof SearchParamsSchema>;

/** The values a search form shows back to the user: what they typed, even when it was invalid. */
export type SearchFormValues = Partial<Record<keyof SearchParams, string>>;

export function formValues(raw: Record<string, unknown>): SearchFormValues {
  const values: SearchFormValues = {};
  for (const key of Object.keys(SearchParamsSchema.shape ?? {})) {
    const v = raw[key];
    if (typeof v === "string") values[key as keyof SearchParams] = v;
  }
  return values;
}

/** Turns zod issues into field issues with catalogue keys, one per problem the user can fix. */
export function toFieldIssues(error: z.ZodError, input: Record<string, unknown> = {}): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        issues.push({
          field: key,
          messageKey: "search.invalid.unknownParam",
          params: { name: key.slice(0, 40) },
        });
      }
      continue;
    }
    const field = String(issue.path[0] ?? "q");
    // zod 4 does not echo the input in issues, so a repeated parameter is recognised from the raw query.
    if (Array.isArray(input[field])) {
      issues.push({ field, messageKey: "search.invalid.repeated", params: { name: field } });
    } else if (field === "q" && issue.code === "too_big") {
      issues.push({ field, messageKey: "search.invalid.qTooLong", params: { max: QUERY_MAX_LENGTH } });
    } else if (issue.message === "min_above_max") {
      issues.push({ field: "max", messageKey: "search.invalid.minAboveMax" });
    } else {
      issues.push({ field, messageKey: `search.invalid.${field}` });
    }
  }
  return issues;
}

export function parseSearchParams(raw: unknown): SearchParams {
  const result = SearchParamsSchema.safeParse(raw ?? {});
  if (!result.success) {
    throw new AppError("VALIDATION", "search.invalid.title", {
      issues: toFieldIssues(result.error, (raw ?? {}) as Record<string, unknown>),
    });
  }
  return result.data;
}
