import { z } from "zod";
import {
  CELL_SOURCES,
  CLINICIAN_ROLES,
  CURRENCIES,
  EVIDENCE_LEVELS,
  FACILITY_KINDS,
  INJECTION_SETTINGS,
  INJECTOR_KINDS,
  LICENCE_KINDS,
  PRICE_ITEM_STATUSES,
  PRICE_ITEMS,
  PT_SETTINGS,
  SPECIALTIES,
  STANDARDS,
} from "../../shared/domain.js";
import { AppError, type FieldIssue } from "../../shared/errors.js";

// An absent text field is an empty one, as a browser sends it.
const text = (max: number, min = 0) =>
  z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : v === undefined ? "" : v),
    z.string().min(min).max(max),
  );
const optionalText = (max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : null),
    z.string().max(max).nullable(),
  );
const checkbox = z.preprocess((v) => v === "on" || v === "1" || v === "true", z.boolean());

export const FacilityBasicsSchema = z.object({
  name: text(160, 3),
  kind: z.enum(FACILITY_KINDS),
  street: text(200, 3),
  city: text(80, 2),
  state: text(80, 2),
  postalCode: optionalText(12),
  phone: optionalText(40),
  email: z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? v.trim().toLowerCase() : null),
    z.email().nullable(),
  ),
  website: z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : null),
    z
      .url({ protocol: /^https?$/ })
      .max(300)
      .nullable(),
  ),
  hasNeurology: checkbox,
  hasImaging: checkbox,
  hasEmergency: checkbox,
  hasIcu: checkbox,
  ownTextEn: text(5000),
  ownTextEs: text(5000),
});

export const ClaimSchema = z.object({ standard: z.enum(STANDARDS), claimText: text(2000, 10) });

export const DecisionSchema = z
  .object({
    standard: z.enum(STANDARDS),
    decision: z.enum(["verified", "rejected", "info_requested"]),
    reasonEn: text(1000),
    reasonEs: text(1000),
    evidence: text(2000),
    validUntil: z.preprocess((v) => (v === "" ? null : v), z.iso.date().nullable()),
  })
  .superRefine((d, ctx) => {
    if (d.decision !== "verified" && !d.reasonEn && !d.reasonEs)
      ctx.addIssue({ code: "custom", path: ["reasonEn"], message: "reason" });
    if (d.decision === "verified" && !d.validUntil)
      ctx.addIssue({ code: "custom", path: ["validUntil"], message: "validUntil" });
    if (d.decision === "verified" && d.evidence.length < 10)
      ctx.addIssue({ code: "custom", path: ["evidence"], message: "evidence" });
  });

const KEYS: Record<string, string> = {
  name: "portal.invalid.name",
  kind: "portal.invalid.kind",
  street: "portal.invalid.street",
  city: "portal.invalid.city",
  state: "portal.invalid.state",
  postalCode: "portal.invalid.postalCode",
  phone: "portal.invalid.phone",
  email: "portal.invalid.email",
  website: "portal.invalid.website",
  ownTextEn: "portal.invalid.ownText",
  ownTextEs: "portal.invalid.ownText",
  claimText: "portal.invalid.claimText",
  standard: "portal.invalid.standard",
  decision: "review.invalid.decision",
  reasonEn: "review.invalid.reason",
  reasonEs: "review.invalid.reason",
  evidence: "review.invalid.evidence",
  validUntil: "review.invalid.validUntil",
  lotCode: "portal.lot.invalidCode",
  issuedOn: "portal.lot.invalidDate",
  expiresOn: "portal.lot.invalidExpiry",
  cellSource: "portal.lot.invalidChoice",
  autologous: "portal.lot.invalidChoice",
  independentOfClinic: "portal.lot.invalidChoice",
  endotoxinUnit: "portal.lot.invalidChoice",
  fullName: "portal.clinician.invalidName",
  role: "portal.lot.invalidChoice",
  specialty: "portal.lot.invalidChoice",
  cedulaProfesional: "portal.clinician.invalidCedula",
  cedulaEspecialidad: "portal.clinician.invalidCedula",
  certifyingCouncil: "portal.invalid.tooLong",
  certificateNumber: "portal.invalid.tooLong",
  certificateIssuedOn: "portal.lot.invalidDate",
  certificateExpiresOn: "portal.lot.invalidExpiry",
  intrathecalProcedures: "portal.clinician.invalidCount",
  authority: "portal.licence.invalidAuthority",
  number: "portal.licence.invalidNumber",
  scope: "portal.invalid.tooLong",
  address: "portal.licence.invalidAddress",
};

const keyFor = (field: string) =>
  KEYS[field] ??
  (field.startsWith("item_")
    ? "portal.programme.invalidItem"
    : field.startsWith("price")
      ? "portal.programme.invalidPrice"
      : field === "itOffered"
        ? "portal.programme.invalidRoute"
        : /Dose$|Sessions$|Days$|PerDay$/.test(field)
          ? "portal.programme.invalidNumber"
          : /^(titleEn|titleEs)$/.test(field)
            ? "portal.programme.invalidTitle"
            : "portal.lot.invalidChoice");

export function parseVettingForm<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "name");
    if (seen.has(field)) continue;
    seen.add(field);
    issues.push({ field, messageKey: keyFor(field) });
  }
  throw new AppError("VALIDATION", "portal.invalid.title", { issues });
}

const isoDateOrEmpty = z.preprocess((v) => (v === "" || v === undefined ? null : v), z.iso.date().nullable());

/** The lot form: identifiers and dates are checked here; COA values are kept as typed for the COA check. */
export const LotSchema = z
  .object({
    lotCode: z.preprocess(
      (v) => (typeof v === "string" ? v.trim() : v),
      z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,59}$/),
    ),
    issuedOn: isoDateOrEmpty,
    expiresOn: isoDateOrEmpty,
    cellSource: z.enum(["", "umbilical-cord", "adipose", "bone-marrow", "other"]).optional(),
    autologous: z.enum(["", "yes", "no"]).optional(),
    independentOfClinic: z.enum(["", "yes", "no"]).optional(),
    endotoxinUnit: z.enum(["", "EU/mL", "EU/kg", "EU/dose"]).optional(),
  })
  .refine((l) => !l.issuedOn || !l.expiresOn || l.issuedOn < l.expiresOn, {
    path: ["expiresOn"],
    message: "order",
  });

const optionalDate = z.preprocess((v) => (v === "" || v === undefined ? null : v), z.iso.date().nullable());
const optionalShort = (max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : null),
    z.string().max(max).nullable(),
  );

export const ClinicianSchema = z
  .object({
    fullName: text(160, 3),
    role: z.enum(CLINICIAN_ROLES),
    specialty: z.enum(SPECIALTIES),
    cedulaProfesional: z.preprocess(
      (v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : null),
      z
        .string()
        .regex(/^\d{5,10}$/)
        .nullable(),
    ),
    cedulaEspecialidad: z.preprocess(
      (v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : null),
      z
        .string()
        .regex(/^\d{5,10}$/)
        .nullable(),
    ),
    certifyingCouncil: optionalShort(160),
    certificateNumber: optionalShort(60),
    certificateIssuedOn: optionalDate,
    certificateExpiresOn: optionalDate,
    leadsTeam: checkbox,
    performsIntrathecal: checkbox,
    intrathecalProcedures: z.preprocess(
      (v) => (v === "" || v === undefined ? null : v),
      z.coerce.number().int().min(0).max(100_000).nullable(),
    ),
  })
  .refine(
    (c) =>
      !c.certificateIssuedOn || !c.certificateExpiresOn || c.certificateIssuedOn < c.certificateExpiresOn,
    { path: ["certificateExpiresOn"], message: "order" },
  );

export const LicenceSchema = z
  .object({
    authority: text(120, 3),
    kind: z.enum(LICENCE_KINDS),
    number: text(80, 3),
    scope: text(500),
    address: text(300, 5),
    issuedOn: optionalDate,
    expiresOn: optionalDate,
  })
  .refine((l) => !l.issuedOn || !l.expiresOn || l.issuedOn < l.expiresOn, {
    path: ["expiresOn"],
    message: "order",
  });

const wholeUnits = z.preprocess(
  (v) => (v === "" || v === undefined ? null : typeof v === "string" ? v.replace(/[,\s]/g, "") : v),
  z.coerce.number().int().min(0).max(10_000_000).nullable(),
);
const count = (max: number) =>
  z.preprocess(
    (v) => (v === "" || v === undefined ? null : v),
    z.coerce.number().int().min(0).max(max).nullable(),
  );
const cells = z.preprocess((v) => (v === "" || v === undefined ? null : v), z.string().max(40).nullable());

/** A programme as a clinic enters it. Amounts are whole units of the price currency; cells as the clinic writes them. */
const ProgrammeBase = z.object({
  titleEn: text(200, 5),
  titleEs: text(200, 5),
  ownTextEn: text(5000),
  ownTextEs: text(5000),
  cellSource: z.enum(CELL_SOURCES),
  autologous: z.enum(["", "yes", "no"]).default(""),
  itOffered: checkbox,
  itDose: cells,
  itSessions: count(50),
  itSetting: z.enum(INJECTION_SETTINGS),
  itInjector: z.enum(INJECTOR_KINDS),
  ivOffered: checkbox,
  ivDose: cells,
  ivSessions: count(50),
  ivSetting: z.enum(INJECTION_SETTINGS),
  ivInjector: z.enum(INJECTOR_KINDS),
  ptDays: count(365),
  ptMinutesPerDay: count(720),
  ptSetting: z.enum(PT_SETTINGS),
  ptIncluded: checkbox,
  lengthOfStayDays: count(365),
  eligibilityEn: text(2000),
  eligibilityEs: text(2000),
  followUpEn: text(2000),
  followUpEs: text(2000),
  evidenceLevel: z.enum(EVIDENCE_LEVELS),
  priceLow: wholeUnits,
  priceHigh: wholeUnits,
  priceCurrency: z.enum(CURRENCIES),
});

/** The price checklist: for each item a status and, when it is an extra with a price, its range. */
const priceItemsShape: Record<string, z.ZodType> = Object.fromEntries(
  PRICE_ITEMS.flatMap((item) => [
    [`item_${item}`, z.enum(["not_stated", ...PRICE_ITEM_STATUSES]).default("not_stated")],
    [`item_${item}_low`, wholeUnits],
    [`item_${item}_high`, wholeUnits],
  ]),
);

export const ProgrammeSchema = ProgrammeBase.extend(priceItemsShape).superRefine((p, ctx) => {
  if ((p.priceLow === null) !== (p.priceHigh === null))
    ctx.addIssue({ code: "custom", path: [p.priceLow === null ? "priceLow" : "priceHigh"], message: "half" });
  if (typeof p.priceLow === "number" && typeof p.priceHigh === "number" && p.priceLow > p.priceHigh)
    ctx.addIssue({ code: "custom", path: ["priceHigh"], message: "order" });
  if (!p.itOffered && !p.ivOffered) ctx.addIssue({ code: "custom", path: ["itOffered"], message: "route" });
  const record = p as Record<string, unknown>;
  for (const item of PRICE_ITEMS) {
    if (record[`item_${item}`] !== "excluded_priced") continue;
    const low = record[`item_${item}_low`] as number | null;
    const high = record[`item_${item}_high`] as number | null;
    if (low === null || high === null || low > high)
      ctx.addIssue({ code: "custom", path: [`item_${item}_low`], message: "item" });
  }
});
export type ProgrammeInput = z.infer<typeof ProgrammeBase> & { [item: `item_${string}`]: unknown };
