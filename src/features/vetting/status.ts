import { STANDARDS, type Standard, type StandardStatus, type VettingStatus } from "../../shared/domain.js";

export type StandardRecord = {
  standard: Standard;
  status: StandardStatus;
  /** The date the evidence behind a verification stops being valid (earliest document expiry). */
  validUntil: string | null;
};

/** ISO dates (YYYY-MM-DD) compare correctly as strings. */
const hasLapsed = (validUntil: string | null, today: string) => validUntil !== null && validUntil < today;

/**
 * What a patient should be shown for one standard today: a verification whose evidence has lapsed reads as
 * "expired" even before the nightly re-vetting job has rewritten the row.
 */
export function effectiveStandardStatus(
  record: Pick<StandardRecord, "status" | "validUntil">,
  today: string,
): StandardStatus {
  if (record.status === "verified" && hasLapsed(record.validUntil, today)) return "expired";
  return record.status;
}

/**
 * A facility is "vetted" only when all four standards are verified and none has lapsed. A facility that had a
 * verification lapse is "lapsed" (it must not keep looking vetted); any current verification makes it
 * "partly verified"; otherwise nothing has been verified.
 */
export function deriveVettingStatus(records: readonly StandardRecord[], today: string): VettingStatus {
  const byStandard = new Map(records.map((r) => [r.standard, effectiveStandardStatus(r, today)]));
  const statuses = STANDARDS.map((s) => byStandard.get(s) ?? "missing");
  if (statuses.every((s) => s === "verified")) return "vetted";
  if (statuses.includes("expired")) return "lapsed";
  if (statuses.includes("verified")) return "partly_verified";
  return "not_verified";
}
