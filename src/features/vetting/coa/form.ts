/**
 * The COA entry form in the clinic portal, and its pre-fill from a certificate's text. Pure: the form's
 * values are kept as typed (strings), because the COA check reads "1.2 x 10^8" and "95,5 %" itself and a
 * reviewer should see exactly what the certificate said.
 */
export const COA_MARKERS = [
  "CD73",
  "CD90",
  "CD105",
  "CD45",
  "CD34",
  "CD14",
  "CD11b",
  "CD19",
  "CD79a",
  "HLA-DR",
] as const;
export const DONOR_TESTS = ["HIV", "HBV", "HCV", "syphilis"] as const;

export const COA_FORM_FIELDS = [
  "lotCode",
  "issuedOn",
  "expiresOn",
  "cellSource",
  "autologous",
  "laboratoryName",
  "laboratoryAccreditation",
  "independentOfClinic",
  "identityMethod",
  ...COA_MARKERS.map((m) => `marker_${m}` as const),
  "totalViableCells",
  "viabilityPercent",
  "sterilityMethod",
  "sterilityResult",
  "mycoplasmaMethod",
  "mycoplasmaResult",
  "endotoxinValue",
  "endotoxinUnit",
  "doseVolumeMl",
  "karyotype",
  ...DONOR_TESTS.map((d) => `donor_${d}` as const),
] as const;
export type CoaFormField = (typeof COA_FORM_FIELDS)[number];
export type CoaFormValues = Partial<Record<CoaFormField, string>>;

/** The COA fields of a submitted form, as typed (each cut to a sane length); other fields are ignored. */
export function coaValuesFrom(body: unknown): CoaFormValues {
  const record = (body ?? {}) as Record<string, unknown>;
  const values: CoaFormValues = {};
  for (const field of COA_FORM_FIELDS) {
    const v = record[field];
    if (typeof v === "string") values[field] = v.slice(0, 120);
  }
  return values;
}

const yesNo = (v: string | undefined) => (v === "yes" ? true : v === "no" ? false : undefined);
const present = (v: string | undefined) => (v !== undefined && v.trim() !== "" ? v.trim() : undefined);

/** The COA v1 JSON (shared/coa-contract.md) from the form; empty fields are left out, never guessed. */
export function coaFromForm(v: CoaFormValues): Record<string, unknown> {
  const markers: Record<string, string> = {};
  for (const m of COA_MARKERS) {
    const value = present(v[`marker_${m}`]);
    if (value !== undefined) markers[m] = value;
  }
  const donor: Record<string, string> = {};
  for (const d of DONOR_TESTS) {
    const value = present(v[`donor_${d}`]);
    if (value !== undefined) donor[d] = value;
  }
  const coa: Record<string, unknown> = {
    lotId: present(v.lotCode),
    cellSource: present(v.cellSource),
    autologous: yesNo(v.autologous),
    laboratory: {
      name: present(v.laboratoryName),
      accreditation: present(v.laboratoryAccreditation),
      independentOfClinic: yesNo(v.independentOfClinic),
    },
    issuedOn: present(v.issuedOn),
    identity: Object.keys(markers).length ? { method: present(v.identityMethod), markers } : undefined,
    totalViableCells: present(v.totalViableCells),
    viabilityPercent: present(v.viabilityPercent),
    sterility: present(v.sterilityResult)
      ? { method: present(v.sterilityMethod), result: present(v.sterilityResult) }
      : undefined,
    mycoplasma: present(v.mycoplasmaResult)
      ? { method: present(v.mycoplasmaMethod), result: present(v.mycoplasmaResult) }
      : undefined,
    endotoxin: present(v.endotoxinValue)
      ? { value: present(v.endotoxinValue), unit: present(v.endotoxinUnit) }
      : undefined,
    doseVolumeMl: present(v.doseVolumeMl),
    karyotype: present(v.karyotype),
    donorScreening: Object.keys(donor).length ? donor : undefined,
  };
  return JSON.parse(JSON.stringify(coa));
}

/**
 * The form's values for a stored lot: the inverse of coaFromForm, so a clinic edits exactly what it typed.
 * Values the contract stores as numbers (from an uploaded JSON) come back as their decimal text.
 */
export function formFromCoa(
  coa: unknown,
  lot: { lotCode: string; issuedOn: string | null; expiresOn: string | null },
): CoaFormValues {
  const c = (coa && typeof coa === "object" ? coa : {}) as Record<string, unknown>;
  const part = (v: unknown) => (v && typeof v === "object" ? (v as Record<string, unknown>) : {});
  const str = (v: unknown) => (typeof v === "string" ? v : typeof v === "number" ? String(v) : undefined);
  const yesNoText = (v: unknown) => (v === true ? "yes" : v === false ? "no" : undefined);
  const lab = part(c.laboratory);
  const identity = part(c.identity);
  const markers = part(identity.markers);
  const donor = part(c.donorScreening);
  const values: CoaFormValues = {
    lotCode: lot.lotCode,
    issuedOn: lot.issuedOn ?? undefined,
    expiresOn: lot.expiresOn ?? undefined,
    cellSource: str(c.cellSource),
    autologous: yesNoText(c.autologous),
    laboratoryName: str(lab.name),
    laboratoryAccreditation: str(lab.accreditation),
    independentOfClinic: yesNoText(lab.independentOfClinic),
    identityMethod: str(identity.method),
    totalViableCells: str(c.totalViableCells),
    viabilityPercent: str(c.viabilityPercent),
    sterilityMethod: str(part(c.sterility).method),
    sterilityResult: str(part(c.sterility).result),
    mycoplasmaMethod: str(part(c.mycoplasma).method),
    mycoplasmaResult: str(part(c.mycoplasma).result),
    endotoxinValue: str(part(c.endotoxin).value),
    endotoxinUnit: str(part(c.endotoxin).unit),
    doseVolumeMl: str(c.doseVolumeMl),
    karyotype: str(c.karyotype),
  };
  for (const m of COA_MARKERS) values[`marker_${m}`] = str(markers[m]);
  for (const d of DONOR_TESTS) values[`donor_${d}`] = str(donor[d]);
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as CoaFormValues;
}

/** Labels as certificates print them, in English and Spanish, matched without accents or case. */
const LABELS: Array<[CoaFormField, RegExp]> = [
  ["lotCode", /\b(?:lot(?:e)?(?: (?:no|number|numero|id))?)\s*[:#]\s*([A-Z0-9][A-Z0-9._/-]{1,40})/i],
  [
    "issuedOn",
    /\b(?:date of issue|issued(?: on)?|issue date|fecha de emision|emitido(?: el)?)\s*:\s*(\d{4}-\d{2}-\d{2})/i,
  ],
  [
    "expiresOn",
    /\b(?:expir(?:y|ation|es)(?: date)?|caducidad|vence|fecha de vencimiento)\s*:\s*(\d{4}-\d{2}-\d{2})/i,
  ],
  ["laboratoryName", /\b(?:laboratory|laboratorio)\s*:\s*([^\n]{3,120})/i],
  ["laboratoryAccreditation", /\b(?:accreditation|acreditacion)\s*:\s*([^\n]{3,80})/i],
  [
    "totalViableCells",
    /\b(?:total viable cells|viable cell count|celulas viables totales|total de celulas viables)\s*:\s*([^\n]{1,40})/i,
  ],
  ["viabilityPercent", /\b(?:viability|viabilidad)\s*:\s*([0-9]+(?:[.,][0-9]+)?\s*%?)/i],
  ["sterilityResult", /\b(?:sterility|esterilidad)(?:\s*\([^)]*\))?\s*:\s*([^\n]{2,60})/i],
  ["mycoplasmaResult", /\b(?:mycoplasma|micoplasma)(?:\s*\([^)]*\))?\s*:\s*([^\n]{2,60})/i],
  ["doseVolumeMl", /\b(?:dose volume|volumen(?: de| por)? dosis)\s*:\s*([0-9]+(?:[.,][0-9]+)?)\s*ml/i],
  ["karyotype", /\b(?:karyotype|cariotipo)\s*:\s*([^\n]{2,40})/i],
];

const plain = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "");

/**
 * Pre-fills the form from the text of a certificate. Only values found next to a recognised label are
 * filled; everything else stays empty for the person to type, and they confirm every value before saving.
 */
export function formFromCoaText(text: string): CoaFormValues {
  const source = plain(text).replace(/\r/g, "");
  const values: CoaFormValues = {};
  for (const [field, pattern] of LABELS) {
    const m = pattern.exec(source);
    if (m?.[1]) values[field] = m[1].trim().replace(/\s+/g, " ");
  }
  for (const marker of COA_MARKERS) {
    const escaped = marker.replace("-", "[- ]?");
    const m = new RegExp(
      `\\b${escaped}\\b[^\\n0-9<>]{0,20}([<>]=?\\s*)?([0-9]+(?:[.,][0-9]+)?)\\s*%`,
      "i",
    ).exec(source);
    if (m) values[`marker_${marker}`] = `${(m[1] ?? "").replace(/\s+/g, "")}${m[2]} %`.trim();
  }
  const endotoxin =
    /\b(?:endotoxin|endotoxinas?)\s*(?:\([^)]*\))?\s*:\s*([<>]=?\s*)?([0-9]+(?:[.,][0-9]+)?)\s*(EU\/(?:mL|kg|dose|dosis))/i.exec(
      source,
    );
  if (endotoxin) {
    values.endotoxinValue = `${(endotoxin[1] ?? "").replace(/\s+/g, "")}${endotoxin[2]}`;
    const unit = endotoxin[3]!.replace(/dosis/i, "dose");
    values.endotoxinUnit =
      unit.toLowerCase() === "eu/ml" ? "EU/mL" : unit.toLowerCase() === "eu/kg" ? "EU/kg" : "EU/dose";
  }
  const donorNames: Record<(typeof DONOR_TESTS)[number], string> = {
    HIV: "HIV|VIH",
    HBV: "HBV|VHB|hepatitis B",
    HCV: "HCV|VHC|hepatitis C",
    syphilis: "syphilis|sifilis",
  };
  for (const test of DONOR_TESTS) {
    const m = new RegExp(
      `\\b(?:${donorNames[test]})\\b[^\\n:]{0,20}:\\s*(negative|negativo|positive|positivo|non-reactive|no reactivo|reactive|reactivo)`,
      "i",
    ).exec(source);
    if (m) values[`donor_${test}`] = m[1]!.toLowerCase();
  }
  if (/\bindependent (?:third-party )?laboratory\b|\blaboratorio (?:independiente|externo)\b/i.test(source))
    values.independentOfClinic = "yes";
  if (/\ballogeneic\b|\balogenic[oa]\b/i.test(source)) values.autologous = "no";
  else if (/\bautologous\b|\bautolog[oa]\b/i.test(source)) values.autologous = "yes";
  if (/umbilical|cordon umbilical|wharton/i.test(source)) values.cellSource = "umbilical-cord";
  else if (/adipose|tejido adiposo/i.test(source)) values.cellSource = "adipose";
  else if (/bone marrow|medula osea/i.test(source)) values.cellSource = "bone-marrow";
  return values;
}
