import type { Actor } from "../../authz/actor.js";
import { assertCan } from "../../authz/policy.js";
import type { Executor } from "../../db/client.js";
import type { Currency } from "../../shared/domain.js";
import { recordAudit } from "../audit/audit.repo.js";
import { insertRate, latestRates, refreshNormalizedPrices } from "../catalogue/catalogue.repo.js";

export type RateChange = { quote: Exclude<Currency, "USD">; rateMicros: number };

/**
 * Records dated USD-based rates and re-derives the normalised prices search sorts and filters on, in one
 * transaction so a search never sees new rates with old normalised prices.
 */
export async function setRates(db: Executor, actor: Actor, changes: RateChange[], asOf: string) {
  assertCan(actor, "rates:set");
  await db.transaction(async (tx) => {
    for (const c of changes) {
      await insertRate(tx, c.quote, c.rateMicros, asOf);
      await recordAudit(tx, actor, {
        action: "rate.set",
        subjectType: "exchange_rate",
        subjectId: `USD:${c.quote}`,
        detail: { rateMicros: c.rateMicros, asOf },
      });
    }
    await refreshNormalizedPrices(tx);
  });
}

export const currentRates = (db: Executor) => latestRates(db);
