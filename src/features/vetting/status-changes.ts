import type { Actor } from "../../authz/actor.js";
import type { Executor } from "../../db/client.js";
import { recordAudits } from "../audit/audit.repo.js";
import { refreshVettingStatuses } from "../catalogue/catalogue.repo.js";

/**
 * Re-derives the public status of the given facilities (all when none are given) from their standards and
 * audits each status that changed, in the caller's transaction.
 */
export async function refreshStatusesAudited(
  tx: Executor,
  actor: Actor,
  today: string,
  facilityIds?: string[],
) {
  const changes = await refreshVettingStatuses(tx, today, facilityIds);
  await recordAudits(
    tx,
    actor,
    changes.map((c) => ({
      action: "facility.status_changed",
      subjectType: "facility",
      subjectId: c.facilityId,
      facilityId: c.facilityId,
      detail: { from: c.from, to: c.to },
    })),
  );
  return changes;
}
