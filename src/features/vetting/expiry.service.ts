import { SYSTEM } from "../../authz/actor.js";
import type { Executor } from "../../db/client.js";
import { i18nFor } from "../../i18n/index.js";
import { recordAudit, recordAudits } from "../audit/audit.repo.js";
import { enqueueEmail } from "../email/outbox.js";
import * as repo from "./expiry.repo.js";
import { refreshStatusesAudited } from "./status-changes.js";

export const WARN_DAYS_BEFORE = 30;

export type ExpiryRun = { expired: number; statusChanges: number; warningsSent: number };

/**
 * The daily re-evaluation. Idempotent: running it twice on one day changes nothing the second time, so a
 * retried or overlapping run is harmless. Every change and its audit record commit together.
 */
export async function reevaluateFacilities(
  db: Executor,
  today: string,
  links: { publicUrl: string },
): Promise<ExpiryRun> {
  return db.transaction(async (tx) => {
    const expired = await repo.expireLapsedStandards(tx, today);
    await recordAudits(
      tx,
      SYSTEM,
      expired.map((e) => ({
        action: "standard.expired",
        subjectType: "standard",
        subjectId: e.standard,
        facilityId: e.facility_id,
        detail: { validUntil: e.valid_until },
      })),
    );
    const changes = await refreshStatusesAudited(tx, SYSTEM, today);
    const upcoming = await repo.upcomingExpiries(tx, today, WARN_DAYS_BEFORE);
    const noticed = new Set<string>();
    for (const u of upcoming) {
      const { t, code } = i18nFor(u.locale);
      await enqueueEmail(tx, {
        to: u.email,
        subject: t("email.expiry.subject", { facility: u.facility_name }),
        body: t("email.expiry.body", {
          facility: u.facility_name,
          standard: code("standard", u.standard),
          date: u.valid_until,
          link: `${links.publicUrl}/${u.locale}/account`,
        }),
      });
      const key = `${u.facility_id}/${u.standard}/${u.valid_until}`;
      if (!noticed.has(key)) {
        noticed.add(key);
        await repo.recordExpiryNotice(tx, u.facility_id, u.standard, u.valid_until);
        await recordAudit(tx, SYSTEM, {
          action: "standard.expiry_warned",
          subjectType: "standard",
          subjectId: u.standard,
          facilityId: u.facility_id,
          detail: { validUntil: u.valid_until },
        });
      }
    }
    return { expired: expired.length, statusChanges: changes.length, warningsSent: upcoming.length };
  });
}
