import { COA_CRITERIA, type CoaRoute, checkCoa, coaField } from "../coa/check.js";
import type { CellLotFacts, ProgrammeFacts } from "./facts.js";
import { combineFindings, type Finding, finding, type RuleResult } from "./outcome.js";

/**
 * Standard 4, a Certificate of Analysis per lot: every lot offered for the programme passes the COA check
 * for the programme's strictest route, holds at least the largest dose per session the programme
 * advertises, and has not expired. The certificate must also describe the lot and the cells the programme
 * claims (lot id, autologous or donor, cell source); a disagreement goes to a reviewer.
 */

/** The per-kg endotoxin limit needs a weight; a 70 kg adult is the pharmacopoeial reference. */
export const REFERENCE_WEIGHT_KG = 70;

export type CoaPerLotInput = {
  programme: ProgrammeFacts;
  /** The lots currently offered for this programme: an expired lot among them fails the standard. */
  cellLots: readonly CellLotFacts[];
  referenceWeightKg?: number;
};

/** Intrathecal has the strictest endotoxin limit; every other route takes the 5 EU/kg parenteral limit. */
export function strictestCoaRoute(programme: ProgrammeFacts): CoaRoute {
  return programme.routeDetails.some((r) => r.route === "intrathecal") ? "intrathecal" : "intravenous";
}

/** The largest advertised dose per session, which every lot must cover; null when no route states one. */
export function largestDose(programme: ProgrammeFacts): number | null {
  const doses = programme.routeDetails
    .map((r) => r.doseCells)
    .filter((d): d is number => d !== null && d > 0);
  return doses.length === 0 ? null : Math.max(...doses);
}

const coaText = (coa: unknown, key: string): string | undefined => {
  const value = coaField(coa, key);
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
};

/** Does the certificate describe this lot and the cells the programme claims? */
function identityFindings(lot: CellLotFacts, programme: ProgrammeFacts): Finding[] {
  const findings: Finding[] = [];
  const coaLotId = coaText(lot.coa, "lotId");
  if (coaLotId === undefined)
    findings.push(finding("needs_review", "coa.lotIdNotStated", { lot: lot.lotCode }));
  else if (coaLotId.toUpperCase() !== lot.lotCode.trim().toUpperCase()) {
    findings.push(finding("needs_review", "coa.lotIdMismatch", { lot: lot.lotCode, coaLotId }));
  }

  const coaAutologous = coaField(lot.coa, "autologous");
  if (
    typeof coaAutologous === "boolean" &&
    programme.autologous !== null &&
    coaAutologous !== programme.autologous
  ) {
    const origin = (autologous: boolean) => (autologous ? "autologous" : "donor");
    findings.push(
      finding("needs_review", "coa.originMismatch", {
        lot: lot.lotCode,
        programmeOrigin: origin(programme.autologous),
        coaOrigin: origin(coaAutologous),
      }),
    );
  }

  // COA v1 writes "umbilical-cord" where the catalogue writes "umbilical_cord".
  const coaSource = coaText(lot.coa, "cellSource")
    ?.toLowerCase()
    .replace(/[-\s]+/g, "_");
  if (coaSource !== undefined && coaSource !== programme.cellSource) {
    findings.push(
      finding("needs_review", "coa.cellSourceMismatch", {
        lot: lot.lotCode,
        programmeSource: programme.cellSource,
        coaSource,
      }),
    );
  }
  return findings;
}

export function coaPerLotRule(
  { programme, cellLots, referenceWeightKg = REFERENCE_WEIGHT_KG }: CoaPerLotInput,
  today: string,
): RuleResult {
  if (cellLots.length === 0)
    return combineFindings([finding("insufficient", "coa.noLots", { programme: programme.slug })]);

  const route = strictestCoaRoute(programme);
  const doseCells = largestDose(programme);
  const findings: Finding[] = [];
  if (doseCells === null)
    findings.push(finding("insufficient", "coa.doseNotStated", { programme: programme.slug }));

  for (const lot of cellLots) {
    const lotFindings: Finding[] = [];
    const result = checkCoa(lot.coa, { route, weightKg: referenceWeightKg, doseCells });
    for (const criterion of COA_CRITERIA) {
      const { status, reasonKey } = result.criteria[criterion];
      // Without an advertised dose the quantity cannot be judged; that is reported once, for the programme.
      if (reasonKey === "quantity.noDose") continue;
      if (status === "fail")
        lotFindings.push(finding("fails", "coa.criterionFails", { lot: lot.lotCode, criterion }));
      if (status === "missing") {
        lotFindings.push(finding("insufficient", "coa.criterionMissing", { lot: lot.lotCode, criterion }));
      }
    }
    if (lot.expiresOn !== null && lot.expiresOn < today) {
      lotFindings.push(finding("fails", "coa.lotExpired", { lot: lot.lotCode, expiresOn: lot.expiresOn }));
    }
    if (lot.issuedOn !== null && lot.issuedOn > today) {
      lotFindings.push(
        finding("fails", "coa.lotIssuedInFuture", { lot: lot.lotCode, issuedOn: lot.issuedOn }),
      );
    }
    lotFindings.push(...identityFindings(lot, programme));
    if (lotFindings.length === 0)
      lotFindings.push(finding("meets", "coa.lotPasses", { lot: lot.lotCode, route }));
    findings.push(...lotFindings);
  }
  return combineFindings(findings);
}
