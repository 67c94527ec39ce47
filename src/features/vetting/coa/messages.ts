import type { Locale } from "../../../shared/domain.js";
import { fillTemplate, type MessageParams, type Terms } from "./text.js";

/**
 * The reasons a COA criterion can give, in English and Spanish. Measured values arrive as display strings
 * that may carry a qualifier ("<0.5"); marker and test names are left untranslated, as on a lab report.
 */
const en = {
  "identity.pass": "all ISCT identity markers in range: {markers}",
  "identity.fail": "identity markers out of range: {problems}",
  "identity.failAndMissing": "identity markers out of range: {problems}; also missing: {missing}",
  "identity.missing": "identity markers missing or not conclusive: {missing}",
  "identity.absent": "no identity (flow cytometry) marker results",

  "quantity.pass": "{cells} viable cells ≥ the dose of {dose} cells",
  "quantity.fail": "{cells} viable cells < the dose of {dose} cells",
  "quantity.inconclusive": "{cells} viable cells does not show that the dose of {dose} cells is covered",
  "quantity.impossible": "totalViableCells {cells} is not a possible cell count",
  "quantity.absent": "totalViableCells is not stated",
  "quantity.unreadable": "totalViableCells {value} is not a readable number",
  "quantity.noDose":
    "the dose per session is not stated, so {cells} viable cells cannot be checked against it",

  "viability.pass": "viability {viability} % ≥ {min} %",
  "viability.fail": "viability {viability} % < {min} %",
  "viability.inconclusive": "viability {viability} % does not show it is at least {min} %",
  "viability.impossible": "viability {viability} % is not a possible percentage",
  "viability.absent": "viabilityPercent is not stated",
  "viability.unreadable": "viabilityPercent {value} is not a readable number",

  "sterility.pass": 'sterility test passed ("{result}")',
  "sterility.fail": 'sterility test failed ("{result}"): the lot is contaminated',
  "sterility.unrecognised": "sterility result {result} is not a recognised result; read the report",
  "sterility.absent": "no sterility result",

  "mycoplasma.pass": 'mycoplasma not detected ("{result}")',
  "mycoplasma.fail": 'mycoplasma detected ("{result}")',
  "mycoplasma.unrecognised": "mycoplasma result {result} is not a recognised result; read the report",
  "mycoplasma.absent": "no mycoplasma result",

  "endotoxin.pass": "endotoxin {amount} is within the {route} limit of {limit} EU/kg",
  "endotoxin.fail": "endotoxin {amount} exceeds the {route} limit of {limit} EU/kg",
  "endotoxin.inconclusive":
    "endotoxin {amount} does not show it is within the {route} limit of {limit} EU/kg",
  "endotoxin.impossible": "endotoxin value {value} cannot be negative",
  "endotoxin.absent": "no endotoxin result",
  "endotoxin.unreadable": "endotoxin value {value} is not a readable number",
  "endotoxin.noUnit": "the endotoxin unit is not stated (EU/mL, EU/kg or EU/dose)",
  "endotoxin.unknownUnit": "endotoxin unit {unit} is not EU/mL, EU/kg or EU/dose",
  "endotoxin.noDoseVolume":
    "endotoxin is given in EU/mL but doseVolumeMl is not stated, so EU/kg cannot be computed",
  "endotoxin.doseVolumeUnreadable":
    "doseVolumeMl {volume} is not a readable number, so EU/kg cannot be computed",
  "endotoxin.doseVolumeImpossible": "doseVolumeMl {volume} is not a possible dose volume",
  "endotoxin.noWeight": "a patient weight is needed to convert endotoxin to EU/kg",

  "independent-lab.pass": "the laboratory is independent of the clinic",
  "independent-lab.fail": "the laboratory is not independent of the clinic",
  "independent-lab.absent": "the COA does not say whether the laboratory is independent of the clinic",
  "independent-lab.unreadable": "laboratory.independentOfClinic {value} is not true or false",

  "donor-screening.autologous": "autologous cells: donor screening does not apply",
  "donor-screening.pass": "donor cells: HIV, HBV, HCV and syphilis all negative",
  "donor-screening.passAssumedDonor":
    "the COA does not say the cells are autologous; treated as donor cells: HIV, HBV, HCV and syphilis all negative",
  "donor-screening.fail": "donor screening positive: {positive}",
  "donor-screening.missing": "donor screening results missing or not recognised: {missing}",
  "donor-screening.missingAssumedDonor":
    "the COA does not say the cells are autologous, so donor screening is needed; missing or not recognised: {missing}",
} as const;

export type CoaReasonKey = keyof typeof en;

const es: Record<CoaReasonKey, string> = {
  "identity.pass": "todos los marcadores de identidad ISCT en rango: {markers}",
  "identity.fail": "marcadores de identidad fuera de rango: {problems}",
  "identity.failAndMissing": "marcadores de identidad fuera de rango: {problems}; faltan además: {missing}",
  "identity.missing": "marcadores de identidad ausentes o no concluyentes: {missing}",
  "identity.absent": "no hay resultados de marcadores de identidad (citometría de flujo)",

  "quantity.pass": "{cells} células viables ≥ la dosis de {dose} células",
  "quantity.fail": "{cells} células viables < la dosis de {dose} células",
  "quantity.inconclusive": "{cells} células viables no demuestra que se cubra la dosis de {dose} células",
  "quantity.impossible": "totalViableCells {cells} no es un recuento celular posible",
  "quantity.absent": "no se indica totalViableCells",
  "quantity.unreadable": "totalViableCells {value} no es un número legible",
  "quantity.noDose":
    "no se indica la dosis por sesión, así que no se pueden comparar con ella {cells} células viables",

  "viability.pass": "viabilidad {viability} % ≥ {min} %",
  "viability.fail": "viabilidad {viability} % < {min} %",
  "viability.inconclusive": "viabilidad {viability} % no demuestra que sea de al menos {min} %",
  "viability.impossible": "viabilidad {viability} % no es un porcentaje posible",
  "viability.absent": "no se indica viabilityPercent",
  "viability.unreadable": "viabilityPercent {value} no es un número legible",

  "sterility.pass": 'prueba de esterilidad aprobada ("{result}")',
  "sterility.fail": 'prueba de esterilidad no aprobada ("{result}"): el lote está contaminado',
  "sterility.unrecognised":
    "el resultado de esterilidad {result} no es un resultado reconocido; lea el informe",
  "sterility.absent": "no hay resultado de esterilidad",

  "mycoplasma.pass": 'micoplasma no detectado ("{result}")',
  "mycoplasma.fail": 'micoplasma detectado ("{result}")',
  "mycoplasma.unrecognised":
    "el resultado de micoplasma {result} no es un resultado reconocido; lea el informe",
  "mycoplasma.absent": "no hay resultado de micoplasma",

  "endotoxin.pass": "endotoxina {amount} dentro del límite {route} de {limit} EU/kg",
  "endotoxin.fail": "endotoxina {amount} supera el límite {route} de {limit} EU/kg",
  "endotoxin.inconclusive":
    "endotoxina {amount} no demuestra estar dentro del límite {route} de {limit} EU/kg",
  "endotoxin.impossible": "el valor de endotoxina {value} no puede ser negativo",
  "endotoxin.absent": "no hay resultado de endotoxina",
  "endotoxin.unreadable": "el valor de endotoxina {value} no es un número legible",
  "endotoxin.noUnit": "no se indica la unidad de endotoxina (EU/mL, EU/kg o EU/dosis)",
  "endotoxin.unknownUnit": "la unidad de endotoxina {unit} no es EU/mL, EU/kg ni EU/dosis",
  "endotoxin.noDoseVolume":
    "la endotoxina se da en EU/mL pero no se indica doseVolumeMl, así que no se puede calcular EU/kg",
  "endotoxin.doseVolumeUnreadable":
    "doseVolumeMl {volume} no es un número legible, así que no se puede calcular EU/kg",
  "endotoxin.doseVolumeImpossible": "doseVolumeMl {volume} no es un volumen de dosis posible",
  "endotoxin.noWeight": "se necesita el peso del paciente para expresar la endotoxina en EU/kg",

  "independent-lab.pass": "el laboratorio es independiente de la clínica",
  "independent-lab.fail": "el laboratorio no es independiente de la clínica",
  "independent-lab.absent": "el certificado no dice si el laboratorio es independiente de la clínica",
  "independent-lab.unreadable": "laboratory.independentOfClinic {value} no es verdadero ni falso",

  "donor-screening.autologous": "células autólogas: no aplica el tamizaje del donante",
  "donor-screening.pass": "células de donante: VIH, VHB, VHC y sífilis negativos",
  "donor-screening.passAssumedDonor":
    "el certificado no dice que las células sean autólogas; se tratan como de donante: VIH, VHB, VHC y sífilis negativos",
  "donor-screening.fail": "tamizaje del donante positivo: {positive}",
  "donor-screening.missing": "resultados del tamizaje del donante ausentes o no reconocidos: {missing}",
  "donor-screening.missingAssumedDonor":
    "el certificado no dice que las células sean autólogas, así que se necesita el tamizaje del donante; ausentes o no reconocidos: {missing}",
};

export const COA_MESSAGES: Record<Locale, Record<CoaReasonKey, string>> = { en, es };

const COA_TERMS: Terms = {
  route: {
    en: { intrathecal: "intrathecal", intravenous: "intravenous" },
    es: { intrathecal: "intratecal", intravenous: "intravenoso" },
  },
};

/** A criterion's reason in the reader's language (the `reason` field itself is always English). */
export function coaReasonText(
  result: { reasonKey: CoaReasonKey; params: MessageParams },
  locale: Locale,
): string {
  return fillTemplate(COA_MESSAGES[locale][result.reasonKey], result.params, locale, COA_TERMS);
}
