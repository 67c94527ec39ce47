/** The red-flag codes of shared/redflag-codes.md (v1), in contract order. */
export const RED_FLAG_CODES = [
  "guaranteed-outcome",
  "cure-claim",
  "miracle-hype",
  "absolute-safety",
  "regulatory-misuse",
  "pay-to-participate",
  "downplays-rehabilitation",
  "pressure-tactics",
  "unsupported-evidence",
  "opaque-cell-source",
  "panacea",
] as const;
export type RedFlagCode = (typeof RED_FLAG_CODES)[number];
export type Severity = "high" | "medium";

/** How much a finding should worry a patient: high ones hold a listing for review. */
export const SEVERITY: Record<RedFlagCode, Severity> = {
  "guaranteed-outcome": "high",
  "cure-claim": "high",
  "miracle-hype": "medium",
  "absolute-safety": "high",
  "regulatory-misuse": "high",
  "pay-to-participate": "high",
  "downplays-rehabilitation": "high",
  "pressure-tactics": "medium",
  "unsupported-evidence": "medium",
  "opaque-cell-source": "high",
  panacea: "high",
};

/** Why each kind of claim matters, in the reader's language. */
export const EXPLANATIONS: Record<"en" | "es", Record<RedFlagCode, string>> = {
  en: {
    "guaranteed-outcome":
      "No one can promise a result from stem cell therapy for spinal cord injury: it is experimental and outcomes vary widely.",
    "cure-claim":
      "No cell therapy cures, reverses or repairs a spinal cord injury. At best, studies report modest, variable changes.",
    "miracle-hype":
      "“Miracle” and “breakthrough” language sells hope, not evidence. Real programmes describe what is known and unknown.",
    "absolute-safety":
      "Every procedure has risks: a lumbar puncture can cause headache, infection or meningitis, and long-term effects are unknown.",
    "regulatory-misuse":
      "A licence, registration or ClinicalTrials.gov listing does not show that a therapy works or is endorsed.",
    "pay-to-participate":
      "Genuine clinical trials do not charge patients to take part. A paid “study” is usually a sale.",
    "downplays-rehabilitation":
      "Intensive rehabilitation is the part of recovery with proven benefit; cells are not a substitute for it.",
    "pressure-tactics":
      "Pressure to decide fast (few places left, expiring discounts) keeps you from checking the clinic and talking to your doctor.",
    "unsupported-evidence":
      "A success rate or “clinically proven” claim without a published source cannot be checked. Ask for the study.",
    "opaque-cell-source":
      "You have a right to know the cell source, the laboratory and the certificate of analysis for your lot.",
    panacea: "One treatment offered for many unrelated diseases is a hallmark of unproven clinics.",
  },
  es: {
    "guaranteed-outcome":
      "Nadie puede prometer un resultado de la terapia con células madre para lesión medular: es experimental y los resultados varían mucho.",
    "cure-claim":
      "Ninguna terapia celular cura, revierte ni repara una lesión medular. En el mejor caso, los estudios reportan cambios modestos y variables.",
    "miracle-hype":
      "Hablar de “milagros” o “avances revolucionarios” vende esperanza, no evidencia. Un programa serio explica lo que se sabe y lo que no.",
    "absolute-safety":
      "Todo procedimiento tiene riesgos: una punción lumbar puede causar dolor de cabeza, infección o meningitis, y los efectos a largo plazo se desconocen.",
    "regulatory-misuse":
      "Una licencia, un registro o una inscripción en ClinicalTrials.gov no demuestran que una terapia funcione ni que esté avalada.",
    "pay-to-participate":
      "Los ensayos clínicos genuinos no cobran a los pacientes por participar. Un “estudio” pagado suele ser una venta.",
    "downplays-rehabilitation":
      "La rehabilitación intensiva es la parte de la recuperación con beneficio comprobado; las células no la sustituyen.",
    "pressure-tactics":
      "La presión para decidir rápido (pocos lugares, descuentos que vencen) le impide revisar la clínica y hablar con su médico.",
    "unsupported-evidence":
      "Un porcentaje de éxito o un “clínicamente comprobado” sin fuente publicada no se puede verificar. Pida el estudio.",
    "opaque-cell-source":
      "Usted tiene derecho a saber el origen de las células, el laboratorio y el certificado de análisis de su lote.",
    panacea:
      "Un mismo tratamiento ofrecido para muchas enfermedades distintas es típico de clínicas no comprobadas.",
  },
};
