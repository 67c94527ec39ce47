import { addYears, earliest } from "./dates.js";
import type { CellLotFacts, ClinicianFacts, LicenceFacts } from "./facts.js";

/** Specialty council certificates are valid five years (CONACEM; domain-standards §1.6). */
export const CERTIFICATE_VALIDITY_YEARS = 5;

type CertificateDates = Pick<ClinicianFacts, "certificateIssuedOn" | "certificateExpiresOn">;

/**
 * The last day a specialty certificate can be relied on: its stated expiry, but never more than five years
 * after issue, whatever the stated expiry says. Null when neither date is known.
 */
export function certificateLapsesOn(certificate: CertificateDates): string | null {
  const fiveYearsOn =
    certificate.certificateIssuedOn === null
      ? null
      : addYears(certificate.certificateIssuedOn, CERTIFICATE_VALIDITY_YEARS);
  return earliest([certificate.certificateExpiresOn, fiveYearsOn]);
}

export type VerificationDocuments = {
  licences?: ReadonlyArray<Pick<LicenceFacts, "expiresOn">>;
  certificates?: ReadonlyArray<CertificateDates>;
  cellLots?: ReadonlyArray<Pick<CellLotFacts, "expiresOn">>;
};

/**
 * The day a verification lapses: the earliest expiry among the documents it rests on (standard_verifications
 * .valid_until). A document without an expiry does not bound it; null means nothing on file expires.
 */
export function deriveExpiry(documents: VerificationDocuments): string | null {
  return earliest([
    ...(documents.licences ?? []).map((l) => l.expiresOn),
    ...(documents.certificates ?? []).map(certificateLapsesOn),
    ...(documents.cellLots ?? []).map((lot) => lot.expiresOn),
  ]);
}
