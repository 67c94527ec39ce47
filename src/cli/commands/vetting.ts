import { parseArgs } from "node:util";
import { loadConfig } from "../../config.js";
import { openDatabase } from "../../db/client.js";
import { reevaluateFacilities } from "../../features/vetting/expiry.service.js";
import { isoDay } from "../../shared/clock.js";
import type { Command } from "../index.js";

export const vettingReevaluateCommand: Command = {
  summary: "Run the daily re-vetting now: expire lapsed standards, update statuses, warn staff 30 days ahead",
  async run(args, io) {
    let today: string;
    try {
      const { values } = parseArgs({ args, strict: true, options: { today: { type: "string" } } });
      today = values.today ?? isoDay(new Date());
      if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || isoDay(new Date(`${today}T00:00:00Z`)) !== today)
        throw new Error(`--today ${today} is not a date (YYYY-MM-DD)`);
    } catch (error) {
      io.stderr.write(`${(error as Error).message}\nUsage: candor vetting reevaluate [--today YYYY-MM-DD]\n`);
      return 2;
    }
    const config = loadConfig();
    const database = await openDatabase(config.database);
    try {
      const run = await reevaluateFacilities(database.db, today, { publicUrl: config.publicUrl });
      io.stdout.write(
        `${today}: ${run.expired} standards expired, ${run.statusChanges} facility statuses changed, ${run.warningsSent} warnings emailed.\n`,
      );
      return 0;
    } finally {
      await database.close();
    }
  },
};
