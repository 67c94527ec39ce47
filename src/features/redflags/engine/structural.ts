/**
 * Red flags from a listing's data rather than its words, in the same shape as text findings (start and end
 * are 0: they point at no passage). Pure: the listing view passes the facts.
 */
export const STRUCTURAL_CODES = [
  "no-verified-physician",
  "no-licence",
  "aviso-only",
  "no-coa",
  "coa-fails",
  "no-physical-therapy",
  "too-little-physical-therapy",
  "price-without-inclusions",
  "testimonials-present",
] as const;
export type StructuralCode = (typeof STRUCTURAL_CODES)[number];

export type ListingFacts = {
  /** The specialist-team standard is verified and a clinician leads the team. */
  leadPhysicianVerified: boolean;
  licenceKinds: readonly string[];
  lotOutcomes: ReadonlyArray<"pass" | "fail" | "incomplete">;
  ptIncluded: boolean;
  ptDays: number;
  ptMinutesPerDay: number;
  hasPrice: boolean;
  priceItemsListed: number;
  testimonials: number;
};

export type StructuralFinding = {
  code: StructuralCode;
  severity: "high" | "medium";
  start: 0;
  end: 0;
  excerpt: string;
  explanation: string;
};

/** Below this, therapy is too little to matter for recovery (10 days of one hour). */
export const PT_MIN_DAYS = 10;
export const PT_MIN_MINUTES_PER_DAY = 60;

const TEXT: Record<"en" | "es", Record<StructuralCode, [string, string]>> = {
  en: {
    "no-verified-physician": [
      "No verified lead physician",
      "No physician with a checked cédula and specialty is verified as leading this team.",
    ],
    "no-licence": ["No licence", "No licencia sanitaria for human cell handling is on file."],
    "aviso-only": [
      "Only an aviso, not a licence",
      "Only an aviso de funcionamiento or de publicidad is on file: a notice, not a licence to handle human cells.",
    ],
    "no-coa": [
      "No certificate of analysis",
      "No third-party certificate of analysis is on file for the cells offered.",
    ],
    "coa-fails": [
      "A certificate of analysis fails",
      "At least one cell lot's certificate fails the standard (identity, viability, sterility, endotoxin or an independent lab).",
    ],
    "no-physical-therapy": [
      "No physical therapy",
      "The programme includes no rehabilitation, the part of recovery with proven benefit.",
    ],
    "too-little-physical-therapy": [
      "Too little physical therapy",
      "Less than 10 days of at least an hour of therapy is too little to matter.",
    ],
    "price-without-inclusions": [
      "Price with no inclusions listed",
      "A price is advertised without saying what it includes, so the real cost is unknown.",
    ],
    "testimonials-present": [
      "Testimonials",
      "Testimonials are individual stories chosen by the clinic; they are not evidence that the therapy works.",
    ],
  },
  es: {
    "no-verified-physician": [
      "Sin médico responsable verificado",
      "Ningún médico con cédula y especialidad comprobadas está verificado como responsable del equipo.",
    ],
    "no-licence": ["Sin licencia", "No hay licencia sanitaria para manejo de células humanas."],
    "aviso-only": [
      "Solo un aviso, no una licencia",
      "Solo hay un aviso de funcionamiento o de publicidad: un aviso, no una licencia para manejar células humanas.",
    ],
    "no-coa": [
      "Sin certificado de análisis",
      "No hay certificado de análisis de un laboratorio independiente para las células que se ofrecen.",
    ],
    "coa-fails": [
      "Un certificado de análisis no cumple",
      "Al menos un lote no cumple el estándar (identidad, viabilidad, esterilidad, endotoxinas o laboratorio independiente).",
    ],
    "no-physical-therapy": [
      "Sin fisioterapia",
      "El programa no incluye rehabilitación, la parte de la recuperación con beneficio comprobado.",
    ],
    "too-little-physical-therapy": [
      "Muy poca fisioterapia",
      "Menos de 10 días de al menos una hora de terapia es muy poco para influir.",
    ],
    "price-without-inclusions": [
      "Precio sin conceptos incluidos",
      "Se anuncia un precio sin decir qué incluye, así que el costo real se desconoce.",
    ],
    "testimonials-present": [
      "Testimonios",
      "Los testimonios son historias individuales elegidas por la clínica; no son evidencia de que la terapia funcione.",
    ],
  },
};

const SEVERITY: Record<StructuralCode, "high" | "medium"> = {
  "no-verified-physician": "high",
  "no-licence": "high",
  "aviso-only": "high",
  "no-coa": "high",
  "coa-fails": "high",
  "no-physical-therapy": "high",
  "too-little-physical-therapy": "medium",
  "price-without-inclusions": "medium",
  "testimonials-present": "medium",
};

export function structuralFindings(facts: ListingFacts, locale: "en" | "es"): StructuralFinding[] {
  const codes: StructuralCode[] = [];
  if (!facts.leadPhysicianVerified) codes.push("no-verified-physician");
  if (!facts.licenceKinds.includes("licencia_sanitaria_cells")) {
    codes.push(facts.licenceKinds.some((k) => k.startsWith("aviso")) ? "aviso-only" : "no-licence");
  }
  if (facts.lotOutcomes.length === 0) codes.push("no-coa");
  else if (facts.lotOutcomes.includes("fail")) codes.push("coa-fails");
  if (!facts.ptIncluded || facts.ptDays === 0 || facts.ptMinutesPerDay === 0)
    codes.push("no-physical-therapy");
  else if (facts.ptDays < PT_MIN_DAYS || facts.ptMinutesPerDay < PT_MIN_MINUTES_PER_DAY)
    codes.push("too-little-physical-therapy");
  if (facts.hasPrice && facts.priceItemsListed === 0) codes.push("price-without-inclusions");
  if (facts.testimonials > 0) codes.push("testimonials-present");
  return codes.map((code) => ({
    code,
    severity: SEVERITY[code],
    start: 0,
    end: 0,
    excerpt: TEXT[locale][code][0],
    explanation: TEXT[locale][code][1],
  }));
}
