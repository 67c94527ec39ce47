import { parseArgs } from "node:util";
import { loadConfig } from "../../config.js";
import { openDatabase } from "../../db/client.js";
import { DEMO_CATALOGUE } from "../../db/seed/demo-catalogue.js";
import { isEmpty, seedDemoCatalogue } from "../../db/seed/seed.js";
import { isoDay } from "../../shared/clock.js";
import type { Command } from "../index.js";

export const migrateCommand: Command = {
  summary: "Apply database migrations (PGlite at PGLITE_DIR, or DATABASE_URL)",
  async run(_args, io) {
    const config = loadConfig();
    const database = await openDatabase(config.database);
    await database.close();
    io.stdout.write(`Migrations applied (${config.database.kind}).\n`);
    return 0;
  },
};

export const seedCommand: Command = {
  summary: "Load the fictional demo catalogue into an empty database (--force to load beside existing data)",
  async run(args, io) {
    const { values } = parseArgs({ args, options: { force: { type: "boolean", default: false } } });
    const config = loadConfig();
    const database = await openDatabase(config.database);
    try {
      if (!values.force && !(await isEmpty(database.db))) {
        io.stderr.write("The database already has facilities; nothing loaded. Use --force to load anyway.\n");
        return 1;
      }
      await database.db.transaction((tx) => seedDemoCatalogue(tx, DEMO_CATALOGUE, isoDay(new Date())));
      io.stdout.write(`Loaded ${DEMO_CATALOGUE.length} demo facilities.\n`);
      return 0;
    } finally {
      await database.close();
    }
  },
};
