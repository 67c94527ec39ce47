import { addressesMatch } from "./address.js";
import type { FacilityFacts, LicenceFacts } from "./facts.js";
import { combineFindings, type Finding, finding, type RuleResult, worstOutcome } from "./outcome.js";

/**
 * Standard 3, COFEPRIS licence: a licencia sanitaria covering the handling of human cells (LGS arts. 315,
 * 341), for this address, not expired. A licence without an expiry date is accepted as current: whether
 * these licences expire at all is unconfirmed (domain-standards §1.3), and reviewers re-check yearly.
 */

export type CofeprisLicenceInput = { facility: FacilityFacts; licences: readonly LicenceFacts[] };

const formatFacilityAddress = (f: FacilityFacts) =>
  [f.street, f.city, [f.state, f.postalCode].filter(Boolean).join(" ")].filter(Boolean).join(", ");

function cellLicenceFindings(licence: LicenceFacts, facility: FacilityFacts, today: string): Finding[] {
  const number = licence.number.trim();
  const { issuedOn, expiresOn } = licence;
  const findings: Finding[] = [];
  if (number === "") findings.push(finding("needs_review", "licence.numberNotStated"));
  if (issuedOn !== null && issuedOn > today)
    findings.push(finding("fails", "licence.issuedInFuture", { number, issuedOn }));
  if (issuedOn !== null && expiresOn !== null && expiresOn < issuedOn) {
    findings.push(finding("fails", "licence.endsBeforeIssue", { number, issuedOn, expiresOn }));
  }
  if (expiresOn !== null && expiresOn < today)
    findings.push(finding("fails", "licence.expired", { number, expiresOn }));
  if (!addressesMatch(licence.address, facility)) {
    findings.push(
      finding("needs_review", "licence.addressMismatch", {
        number,
        licenceAddress: licence.address.trim(),
        facilityAddress: formatFacilityAddress(facility),
      }),
    );
  }
  if (findings.length === 0) {
    findings.push(
      expiresOn === null
        ? finding("meets", "licence.validNoExpiry", { number })
        : finding("meets", "licence.valid", { number, expiresOn }),
    );
  }
  return findings;
}

/** Why the other documents on file do not count: said explicitly, as clinics present them as licences. */
function otherDocumentFindings(licences: readonly LicenceFacts[]): Finding[] {
  return licences.flatMap((licence) => {
    const number = licence.number.trim();
    if (licence.kind === "aviso_funcionamiento" || licence.kind === "aviso_publicidad") {
      return [finding("fails", "licence.avisoIsNotLicence", { licenceKind: licence.kind, number })];
    }
    if (licence.kind === "licencia_sanitaria_hospital") {
      return [finding("fails", "licence.hospitalLicenceNotEnough", { number })];
    }
    return [];
  });
}

export function cofeprisLicenceRule({ facility, licences }: CofeprisLicenceInput, today: string): RuleResult {
  const cellLicences = licences.filter((l) => l.kind === "licencia_sanitaria_cells");
  if (cellLicences.length === 0) {
    const missing = finding("fails", licences.length === 0 ? "licence.none" : "licence.noCellLicence");
    return combineFindings([missing, ...otherDocumentFindings(licences)]);
  }

  // One good licence is enough; otherwise show what is wrong with each, and why the others do not count.
  const perLicence = cellLicences.map((licence) => cellLicenceFindings(licence, facility, today));
  const good = perLicence.find((findings) => worstOutcome(findings.map((f) => f.outcome)) === "meets");
  if (good) return combineFindings(good);
  return combineFindings([...perLicence.flat(), ...otherDocumentFindings(licences)]);
}
