import { z } from "zod";
import { AppError, type FieldIssue } from "../../shared/errors.js";

/** Neurological levels as ISNCSCI writes them. */
export const NEURO_LEVELS = [
  ...Array.from({ length: 8 }, (_, i) => `C${i + 1}`),
  ...Array.from({ length: 12 }, (_, i) => `T${i + 1}`),
  ...Array.from({ length: 5 }, (_, i) => `L${i + 1}`),
  ...Array.from({ length: 5 }, (_, i) => `S${i + 1}`),
  "unknown",
] as const;
export const AIS_GRADES = ["A", "B", "C", "D", "E", "unknown"] as const;
export const MESSAGING_APPS = ["", "whatsapp", "telegram", "signal", "sms"] as const;
export const MAX_PROGRAMMES = 3;

/** The version of the consent wording; a change of wording gets a new version. */
export const CONSENT_VERSION = "2026-11-25.1";

const trimmed = (max: number, min = 0) =>
  z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : v === undefined ? "" : v),
    z.string().min(min).max(max),
  );

export const RequestSchema = z.object({
  idempotencyKey: z.uuid(),
  /** A field people never see; bots fill it in. */
  website: z.literal("").optional(),
  programmes: z.preprocess(
    (v) => (v === undefined ? [] : [v].flat()),
    z
      .array(z.string().regex(/^[a-z0-9-]{1,120}$/))
      .min(1)
      .max(MAX_PROGRAMMES),
  ),
  name: trimmed(120, 2),
  email: z.preprocess(
    (v) => (typeof v === "string" ? v.trim().toLowerCase() : v),
    z.string().max(254).pipe(z.email()),
  ),
  phone: z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : ""),
    z.string().regex(/^$|^\+?[0-9 ()-]{7,25}$/),
  ),
  messagingApp: z.enum(MESSAGING_APPS).default(""),
  country: trimmed(60, 2),
  preferredLanguage: z.enum(["en", "es"]),
  neuroLevel: z.enum(NEURO_LEVELS),
  ais: z.enum(AIS_GRADES),
  injuryDate: z.preprocess((v) => (v === "" ? undefined : v), z.iso.date().optional()),
  injuryCause: trimmed(200),
  currentRehab: trimmed(1000),
  goals: trimmed(2000),
  consent: z.preprocess((v) => (v === undefined ? [] : [v].flat()), z.array(z.uuid())),
});
export type RequestInput = z.infer<typeof RequestSchema>;

export const MessageSchema = z.object({ body: trimmed(4000, 1), proposedTimes: trimmed(500) });

const KEYS: Record<string, string> = {
  programmes: "consult.invalid.programmes",
  name: "consult.invalid.name",
  email: "account.invalid.email",
  phone: "consult.invalid.phone",
  messagingApp: "portal.lot.invalidChoice",
  country: "consult.invalid.country",
  preferredLanguage: "portal.lot.invalidChoice",
  neuroLevel: "consult.invalid.neuroLevel",
  ais: "consult.invalid.ais",
  injuryDate: "consult.invalid.injuryDate",
  injuryCause: "portal.invalid.tooLong",
  currentRehab: "portal.invalid.tooLong",
  goals: "portal.invalid.tooLong",
  body: "consult.invalid.body",
  proposedTimes: "portal.invalid.tooLong",
  idempotencyKey: "consult.invalid.form",
  website: "consult.invalid.form",
  consent: "consult.invalid.consent",
};

export function parseConsultForm<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "name");
    if (seen.has(field)) continue;
    seen.add(field);
    issues.push({
      field,
      messageKey: KEYS[field] ?? "consult.invalid.form",
      params: { max: MAX_PROGRAMMES },
    });
  }
  throw new AppError("VALIDATION", "consult.invalid.title", { issues });
}
