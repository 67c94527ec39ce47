import type { Executor } from "../../db/client.js";
import { isoDay } from "../../shared/clock.js";
import { applyRetention } from "../consultations/consultations.service.js";
import { reevaluateFacilities } from "../vetting/expiry.service.js";
import type { Job } from "./scheduler.js";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The jobs the server runs every day: re-vetting (lapsed evidence expires standards, facilities lose
 * "vetted", staff are warned 30 days ahead) and the consultation retention rule (docs/decisions).
 */
export function dailyJobs(db: Executor, options: { publicUrl: string }): Job[] {
  return [
    {
      name: "vetting.reevaluate",
      everyMs: DAY_MS,
      run: async (now) => JSON.stringify(await reevaluateFacilities(db, isoDay(now), options)),
    },
    {
      name: "consultations.retention",
      everyMs: DAY_MS,
      run: async (now) => JSON.stringify({ deleted: await applyRetention(db, now) }),
    },
  ];
}
