import { type CoaReasonKey, coaReasonText } from "./messages.js";
import { type CoaMeasurement, parseCoaMeasurement, type Relation } from "./numbers.js";
import { formatNumber, type MessageParams } from "./text.js";

/**
 * The COA check of shared/coa-contract.md (v1). The input is whatever a clinic uploaded, so every field may be
 * absent, a string or of the wrong type; nothing here throws.
 *
 * Where the contract is silent:
 * - A value reported as a bound ("< 0.5", "≥ 95") is used when the bound settles the question ("CD45 < 0.5 %"
 *   is within ≤ 2 %); when it does not ("CD45 < 3 %"), the criterion is "missing": more data is needed, but
 *   nothing shows the lot is out of specification.
 * - An impossible value (a percentage outside 0–100, a negative count or endotoxin) is a "fail": a COA that
 *   reports it cannot be relied on.
 * - When a criterion both has a value out of range and lacks another, "fail" wins: the lot is known to fail.
 * - Identity alternatives (CD14 or CD11b, CD19 or CD79a): one reported and in range suffices, but any
 *   reported alternative out of range fails the lot. Both mark the same cell population, so a second result
 *   above 2 % is evidence of contamination that the first does not cancel.
 * - Donor screening when `autologous` is absent (or unreadable): the cells are treated as donor cells, since
 *   nothing on the certificate shows they are the patient's own. Complete negative screening passes either
 *   way; otherwise the criterion is "missing" (or "fail" on a positive result).
 * - Marker and donor-test names match loosely ("cd 73", "CD79α", "VIH", "sífilis"); result strings match
 *   whole phrases only (case, accents, hyphens and end punctuation ignored): "no growth after 14 days" is
 *   not guessed at, it is "missing" with the text shown so a reviewer reads the report.
 */

export const COA_CRITERIA = [
  "identity",
  "quantity",
  "viability",
  "sterility",
  "mycoplasma",
  "endotoxin",
  "independent-lab",
  "donor-screening",
] as const;
export type CoaCriterion = (typeof COA_CRITERIA)[number];
export type CriterionStatus = "pass" | "fail" | "missing";
export type CoaVerdict = "pass" | "fail" | "incomplete";
export type CoaRoute = "intrathecal" | "intravenous";

export type CriterionResult = {
  status: CriterionStatus;
  /** A short English sentence with the numbers; `coaReasonText` gives it in Spanish. */
  reason: string;
  reasonKey: CoaReasonKey;
  params: MessageParams;
};
export type CoaResult = { verdict: CoaVerdict; criteria: Record<CoaCriterion, CriterionResult> };

export type CoaCheckParams = {
  route: CoaRoute;
  /** The patient's weight, for the per-kg endotoxin limit. */
  weightKg: number;
  /** Viable cells per session the programme advertises; null when it does not say. */
  doseCells: number | null;
};

/** ISCT minimal criteria (Dominici 2006), FDA's viability floor and USP <85> endotoxin limits. */
export const COA_LIMITS = {
  positiveMarkerMinPercent: 95,
  negativeMarkerMaxPercent: 2,
  viabilityMinPercent: 70,
  endotoxinEuPerKg: { intrathecal: 0.2, intravenous: 5 },
} as const;

const POSITIVE_MARKERS = ["CD73", "CD90", "CD105"];
/** Each group is satisfied by any one of its markers (the ISCT panel allows either). */
const NEGATIVE_MARKER_GROUPS = [["CD45"], ["CD34"], ["CD14", "CD11b"], ["CD19", "CD79a"], ["HLA-DR"]];

const DONOR_TESTS = [
  { name: "HIV", aliases: ["HIV", "VIH", "HIV-1/2"] },
  { name: "HBV", aliases: ["HBV", "VHB"] },
  { name: "HCV", aliases: ["HCV", "VHC"] },
  { name: "syphilis", aliases: ["syphilis", "sífilis"] },
];

/** Whole phrases (after normalisePhrase): the contract's words plus the usual wordings of a lab report. */
const STERILITY_RESULTS = {
  pass: [
    "no growth",
    "no growth detected",
    "no growth observed",
    "negative",
    "sterile",
    "sin crecimiento",
    "sin crecimiento microbiano",
    "negativo",
    "negativa",
    "esteril",
  ],
  fail: [
    "growth",
    "growth detected",
    "positive",
    "positivo",
    "positiva",
    "crecimiento",
    "con crecimiento",
    "not sterile",
    "non sterile",
    "no esteril",
    "contaminated",
    "contaminado",
  ],
};
const MYCOPLASMA_RESULTS = {
  pass: ["negative", "not detected", "none detected", "negativo", "negativa", "no detectado", "no detectada"],
  fail: ["positive", "detected", "positivo", "positiva", "detectado", "detectada"],
};
/** Serology reports say "non-reactive" as often as "negative". */
const SEROLOGY_RESULTS = {
  pass: [
    "negative",
    "negativo",
    "negativa",
    "non reactive",
    "nonreactive",
    "no reactivo",
    "no reactiva",
    "not detected",
    "no detectado",
    "no detectada",
  ],
  fail: [
    "positive",
    "positivo",
    "positiva",
    "reactive",
    "reactivo",
    "reactiva",
    "detected",
    "detectado",
    "detectada",
  ],
};

const ENDOTOXIN_UNITS: Record<string, "EU/mL" | "EU/kg" | "EU/dose"> = {
  "eu/ml": "EU/mL",
  "eu/kg": "EU/kg",
  "eu/dose": "EU/dose",
  // Spanish reports write UE (unidades de endotoxina) and "dosis".
  "ue/ml": "EU/mL",
  "ue/kg": "EU/kg",
  "ue/dosis": "EU/dose",
  "eu/dosis": "EU/dose",
  "ue/dose": "EU/dose",
};

const TRUE_WORDS = ["true", "yes", "si", "verdadero"];
const FALSE_WORDS = ["false", "no", "falso"];

// --- reading untrusted input ---------------------------------------------------------------------------

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const field = (value: unknown, key: string): unknown =>
  isRecord(value) && Object.hasOwn(value, key) ? value[key] : undefined;

/** A top-level field of an uploaded COA; undefined when absent or when the COA is not an object. */
export const coaField = field;

const isAbsent = (value: unknown) =>
  value === undefined || value === null || (typeof value === "string" && value.trim() === "");

/** Lower case, no accents, hyphens as spaces, no end punctuation: "No-Detectado." → "no detectado". */
const normalisePhrase = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[-_]/g, " ")
    .replace(/\s+/g, " ")
    .replace(/^[\s.,;:!]+|[\s.,;:!]+$/g, "");

/** Marker and test names: "CD79α" → "CD79A", "HLA-DR" → "HLADR", "sífilis" → "SIFILIS". */
const normaliseName = (name: string) =>
  name
    .replace(/α/g, "a")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, "");

/** The first present entry of `record` whose key matches one of the names loosely. */
function lookup(record: unknown, names: readonly string[]): unknown {
  if (!isRecord(record)) return undefined;
  const wanted = new Set(names.map(normaliseName));
  const entry = Object.entries(record).find(
    ([key, value]) => wanted.has(normaliseName(key)) && !isAbsent(value),
  );
  return entry?.[1];
}

/** How an unreadable value is shown in a reason: strings quoted and cut short, structures not dumped. */
function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 39)}…` : value);
  if (Array.isArray(value)) return "[…]";
  if (typeof value === "object") return "{…}";
  return String(value);
}

type Reading =
  | { kind: "absent" }
  | { kind: "unreadable"; shown: string }
  | { kind: "measured"; measurement: CoaMeasurement };

function readMeasurement(value: unknown): Reading {
  if (isAbsent(value)) return { kind: "absent" };
  const measurement = parseCoaMeasurement(value);
  return measurement ? { kind: "measured", measurement } : { kind: "unreadable", shown: describe(value) };
}

function readBoolean(value: unknown): boolean | "absent" | "unreadable" {
  if (typeof value === "boolean") return value;
  if (isAbsent(value)) return "absent";
  if (typeof value !== "string") return "unreadable";
  const word = normalisePhrase(value);
  if (TRUE_WORDS.includes(word)) return true;
  if (FALSE_WORDS.includes(word)) return false;
  return "unreadable";
}

type PhraseList = { pass: readonly string[]; fail: readonly string[] };
function classifyResult(value: unknown, phrases: PhraseList): "pass" | "fail" | "unrecognised" {
  if (typeof value !== "string") return "unrecognised";
  const phrase = normalisePhrase(value);
  if (phrases.pass.includes(phrase)) return "pass";
  if (phrases.fail.includes(phrase)) return "fail";
  return "unrecognised";
}

// --- judging a measurement against a limit -------------------------------------------------------------

type Limit = { min: number } | { max: number };
type Judgement = "pass" | "fail" | "inconclusive";

/** Whether the reported value (or bound) shows the true value meets the limit, fails it, or cannot tell. */
function judge({ value, relation }: CoaMeasurement, limit: Limit): Judgement {
  if ("min" in limit) {
    switch (relation) {
      case "=":
        return value >= limit.min ? "pass" : "fail";
      case ">":
      case ">=":
        return value >= limit.min ? "pass" : "inconclusive";
      case "<":
        return value <= limit.min ? "fail" : "inconclusive";
      case "<=":
        return value < limit.min ? "fail" : "inconclusive";
    }
  }
  switch (relation) {
    case "=":
      return value <= limit.max ? "pass" : "fail";
    case "<":
    case "<=":
      return value <= limit.max ? "pass" : "inconclusive";
    case ">":
      return value >= limit.max ? "fail" : "inconclusive";
    case ">=":
      return value > limit.max ? "fail" : "inconclusive";
  }
}

/** Whether any true value consistent with the report lies within [lowest, highest]. */
function isPossible({ value, relation }: CoaMeasurement, lowest: number, highest: number): boolean {
  switch (relation) {
    case "=":
      return value >= lowest && value <= highest;
    case "<":
      return value > lowest;
    case "<=":
      return value >= lowest;
    case ">":
      return value < highest;
    case ">=":
      return value <= highest;
  }
}

const RELATION_SYMBOLS: Record<Relation, string> = { "=": "", "<": "<", "<=": "≤", ">": ">", ">=": "≥" };
const show = (m: CoaMeasurement) => `${RELATION_SYMBOLS[m.relation]}${formatNumber(m.value)}`;

function criterion(
  status: CriterionStatus,
  reasonKey: CoaReasonKey,
  params: MessageParams = {},
): CriterionResult {
  return { status, reason: coaReasonText({ reasonKey, params }, "en"), reasonKey, params };
}

// --- the criteria -----------------------------------------------------------------------------------------

function checkIdentity(coa: unknown): CriterionResult {
  const markers = field(field(coa, "identity"), "markers");
  if (!isRecord(markers)) return criterion("missing", "identity.absent");

  const inRange: string[] = [];
  const problems: string[] = [];
  const missing: string[] = [];

  /** Judges one marker; returns where it landed so a group of alternatives can be decided. */
  const judgeMarker = (name: string, limit: Limit, passText: string, failText: string) => {
    const reading = readMeasurement(lookup(markers, [name]));
    if (reading.kind === "absent") return { name, outcome: "absent" as const, note: name };
    if (reading.kind === "unreadable")
      return { name, outcome: "unclear" as const, note: `${name} ${reading.shown}` };
    const value = `${name} ${show(reading.measurement)} %`;
    if (!isPossible(reading.measurement, 0, 100))
      return { name, outcome: "fail" as const, note: `${value} ∉ 0–100 %` };
    const judgement = judge(reading.measurement, limit);
    if (judgement === "pass") return { name, outcome: "pass" as const, note: `${value} ${passText}` };
    if (judgement === "fail") return { name, outcome: "fail" as const, note: `${value} ${failText}` };
    return { name, outcome: "unclear" as const, note: value };
  };

  for (const name of POSITIVE_MARKERS) {
    const min = COA_LIMITS.positiveMarkerMinPercent;
    const marker = judgeMarker(name, { min }, `≥ ${min} %`, `< ${min} %`);
    (marker.outcome === "pass" ? inRange : marker.outcome === "fail" ? problems : missing).push(marker.note);
  }
  for (const group of NEGATIVE_MARKER_GROUPS) {
    const max = COA_LIMITS.negativeMarkerMaxPercent;
    const members = group.map((name) => judgeMarker(name, { max }, `≤ ${max} %`, `> ${max} %`));
    const failing = members.filter((m) => m.outcome === "fail");
    const passing = members.filter((m) => m.outcome === "pass");
    if (failing.length > 0) problems.push(...failing.map((m) => m.note));
    else if (passing.length > 0) inRange.push(...passing.map((m) => m.note));
    else if (members.every((m) => m.outcome === "absent")) missing.push(group.join("/"));
    else missing.push(...members.filter((m) => m.outcome === "unclear").map((m) => m.note));
  }

  if (problems.length > 0 && missing.length > 0) {
    return criterion("fail", "identity.failAndMissing", {
      problems: problems.join(", "),
      missing: missing.join(", "),
    });
  }
  if (problems.length > 0) return criterion("fail", "identity.fail", { problems: problems.join(", ") });
  if (missing.length > 0) return criterion("missing", "identity.missing", { missing: missing.join(", ") });
  return criterion("pass", "identity.pass", { markers: inRange.join(", ") });
}

function checkQuantity(coa: unknown, doseCells: number | null): CriterionResult {
  const reading = readMeasurement(field(coa, "totalViableCells"));
  if (reading.kind === "absent") return criterion("missing", "quantity.absent");
  if (reading.kind === "unreadable")
    return criterion("missing", "quantity.unreadable", { value: reading.shown });
  const cells = show(reading.measurement);
  if (!isPossible(reading.measurement, 0, Number.POSITIVE_INFINITY)) {
    return criterion("fail", "quantity.impossible", { cells });
  }
  // A dose of zero cells is not a dose: it means the programme does not say.
  if (doseCells === null || !Number.isFinite(doseCells) || doseCells <= 0) {
    return criterion("missing", "quantity.noDose", { cells });
  }
  const params = { cells, dose: doseCells };
  const judgement = judge(reading.measurement, { min: doseCells });
  if (judgement === "pass") return criterion("pass", "quantity.pass", params);
  if (judgement === "fail") return criterion("fail", "quantity.fail", params);
  return criterion("missing", "quantity.inconclusive", params);
}

function checkViability(coa: unknown): CriterionResult {
  const reading = readMeasurement(field(coa, "viabilityPercent"));
  if (reading.kind === "absent") return criterion("missing", "viability.absent");
  if (reading.kind === "unreadable")
    return criterion("missing", "viability.unreadable", { value: reading.shown });
  const params = { viability: show(reading.measurement), min: COA_LIMITS.viabilityMinPercent };
  if (!isPossible(reading.measurement, 0, 100)) return criterion("fail", "viability.impossible", params);
  const judgement = judge(reading.measurement, { min: COA_LIMITS.viabilityMinPercent });
  if (judgement === "pass") return criterion("pass", "viability.pass", params);
  if (judgement === "fail") return criterion("fail", "viability.fail", params);
  return criterion("missing", "viability.inconclusive", params);
}

/** Sterility and mycoplasma: a section with a `result` string (a bare string is accepted as the result). */
function checkResult(
  coa: unknown,
  section: "sterility" | "mycoplasma",
  phrases: PhraseList,
): CriterionResult {
  const raw = field(coa, section);
  const result = typeof raw === "string" ? raw : field(raw, "result");
  if (isAbsent(result)) return criterion("missing", `${section}.absent`);
  const outcome = classifyResult(result, phrases);
  if (outcome === "unrecognised")
    return criterion("missing", `${section}.unrecognised`, { result: describe(result) });
  return criterion(outcome, `${section}.${outcome}`, { result: String(result).trim() });
}

function checkEndotoxin(coa: unknown, route: CoaRoute, weightKg: number): CriterionResult {
  const section = field(coa, "endotoxin");
  const reading = readMeasurement(isRecord(section) ? field(section, "value") : section);
  if (reading.kind === "absent") return criterion("missing", "endotoxin.absent");
  if (reading.kind === "unreadable")
    return criterion("missing", "endotoxin.unreadable", { value: reading.shown });
  const reported = reading.measurement;
  if (!isPossible(reported, 0, Number.POSITIVE_INFINITY)) {
    return criterion("fail", "endotoxin.impossible", { value: show(reported) });
  }

  const rawUnit = field(section, "unit");
  if (isAbsent(rawUnit)) return criterion("missing", "endotoxin.noUnit");
  const unit =
    typeof rawUnit === "string" ? ENDOTOXIN_UNITS[rawUnit.toLowerCase().replace(/\s+/g, "")] : undefined;
  if (!unit) return criterion("missing", "endotoxin.unknownUnit", { unit: describe(rawUnit) });

  let perKg: CoaMeasurement = reported;
  let calculation = "";
  if (unit !== "EU/kg") {
    if (!Number.isFinite(weightKg) || weightKg <= 0) return criterion("missing", "endotoxin.noWeight");
    const kg = `${formatNumber(weightKg)} kg`;
    if (unit === "EU/dose") {
      perKg = { ...reported, value: reported.value / weightKg };
      calculation = ` (${show(reported)} EU/dose ÷ ${kg})`;
    } else {
      const volume = readMeasurement(field(coa, "doseVolumeMl"));
      if (volume.kind === "absent") return criterion("missing", "endotoxin.noDoseVolume");
      // The volume multiplies the result, so only an exact figure will do.
      if (volume.kind === "unreadable" || volume.measurement.relation !== "=") {
        const shown = volume.kind === "unreadable" ? volume.shown : show(volume.measurement);
        return criterion("missing", "endotoxin.doseVolumeUnreadable", { volume: shown });
      }
      const millilitres = volume.measurement.value;
      if (millilitres <= 0)
        return criterion("fail", "endotoxin.doseVolumeImpossible", { volume: show(volume.measurement) });
      perKg = { ...reported, value: (reported.value * millilitres) / weightKg };
      calculation = ` (${show(reported)} EU/mL × ${formatNumber(millilitres)} mL ÷ ${kg})`;
    }
  }

  const limit = COA_LIMITS.endotoxinEuPerKg[route];
  const params = { amount: `${show(perKg)} EU/kg${calculation}`, route, limit };
  const judgement = judge(perKg, { max: limit });
  if (judgement === "pass") return criterion("pass", "endotoxin.pass", params);
  if (judgement === "fail") return criterion("fail", "endotoxin.fail", params);
  return criterion("missing", "endotoxin.inconclusive", params);
}

function checkIndependentLab(coa: unknown): CriterionResult {
  const raw = field(field(coa, "laboratory"), "independentOfClinic");
  const independent = readBoolean(raw);
  if (independent === "absent") return criterion("missing", "independent-lab.absent");
  if (independent === "unreadable")
    return criterion("missing", "independent-lab.unreadable", { value: describe(raw) });
  return independent ? criterion("pass", "independent-lab.pass") : criterion("fail", "independent-lab.fail");
}

function checkDonorScreening(coa: unknown): CriterionResult {
  const autologous = readBoolean(field(coa, "autologous"));
  if (autologous === true) return criterion("pass", "donor-screening.autologous");
  const assumedDonor = autologous !== false;

  const screening = field(coa, "donorScreening");
  const positive: string[] = [];
  const missing: string[] = [];
  for (const test of DONOR_TESTS) {
    const result = lookup(screening, test.aliases);
    if (isAbsent(result)) {
      missing.push(test.name);
      continue;
    }
    const outcome = classifyResult(result, SEROLOGY_RESULTS);
    if (outcome === "fail") positive.push(test.name);
    else if (outcome === "unrecognised") missing.push(`${test.name} ${describe(result)}`);
  }

  if (positive.length > 0)
    return criterion("fail", "donor-screening.fail", { positive: positive.join(", ") });
  if (missing.length > 0) {
    const key = assumedDonor ? "donor-screening.missingAssumedDonor" : "donor-screening.missing";
    return criterion("missing", key, { missing: missing.join(", ") });
  }
  return criterion("pass", assumedDonor ? "donor-screening.passAssumedDonor" : "donor-screening.pass");
}

/** Any fail fails the COA; otherwise anything missing leaves it incomplete. */
export function coaVerdict(criteria: Record<CoaCriterion, Pick<CriterionResult, "status">>): CoaVerdict {
  const statuses = COA_CRITERIA.map((code) => criteria[code].status);
  if (statuses.includes("fail")) return "fail";
  if (statuses.includes("missing")) return "incomplete";
  return "pass";
}

export function checkCoa(coa: unknown, params: CoaCheckParams): CoaResult {
  const criteria: Record<CoaCriterion, CriterionResult> = {
    identity: checkIdentity(coa),
    quantity: checkQuantity(coa, params.doseCells),
    viability: checkViability(coa),
    sterility: checkResult(coa, "sterility", STERILITY_RESULTS),
    mycoplasma: checkResult(coa, "mycoplasma", MYCOPLASMA_RESULTS),
    endotoxin: checkEndotoxin(coa, params.route, params.weightKg),
    "independent-lab": checkIndependentLab(coa),
    "donor-screening": checkDonorScreening(coa),
  };
  return { verdict: coaVerdict(criteria), criteria };
}
