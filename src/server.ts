import { buildApp } from "./app.js";
import { ConfigError, loadConfig } from "./config.js";
import { DatabaseInUseError, openDatabase } from "./db/client.js";
import { DEMO_CATALOGUE } from "./db/seed/demo-catalogue.js";
import { isEmpty, seedDemoCatalogue } from "./db/seed/seed.js";
import { smtpMailer, startEmailDelivery } from "./features/email/outbox.js";
import { dailyJobs } from "./features/jobs/daily.js";
import { startScheduler } from "./features/jobs/scheduler.js";
import { warmUp } from "./features/redflags/engine/index.js";
import { isoDay, systemClock } from "./shared/clock.js";

async function main() {
  const config = loadConfig();
  const database = await openDatabase(config.database);
  if (config.seedDemo && (await isEmpty(database.db))) {
    await database.db.transaction((tx) => seedDemoCatalogue(tx, DEMO_CATALOGUE, isoDay(systemClock.now())));
    process.stdout.write("Loaded the fictional demo catalogue.\n");
  }
  const app = await buildApp(config, { database });
  // Without SMTP, emails stay in the outbox for administrators to read at /en/admin/outbox.
  const stopEmail = config.smtp
    ? startEmailDelivery(database.db, smtpMailer(config.smtp), (error) =>
        app.log.error({ err: error }, "email delivery failed"),
      )
    : () => {};
  const stopJobs = startScheduler(
    database.db,
    dailyJobs(database.db, { publicUrl: config.publicUrl }),
    systemClock,
    (error) => app.log.error({ err: error }, "scheduled job failed"),
  );
  const close = async (signal: string) => {
    app.log.info({ signal }, "shutting down");
    stopEmail();
    stopJobs();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void close("SIGINT"));
  process.once("SIGTERM", () => void close("SIGTERM"));
  warmUp();
  await app.listen({ host: config.host, port: config.port });
  const where = config.database.kind === "pglite" ? `PGlite at ${config.database.dir}` : "PostgreSQL";
  process.stdout.write(`Candor is running at ${config.publicUrl} (database: ${where}).\n`);
}

try {
  await main();
} catch (error) {
  // How the server was started is wrong (configuration, or a second server on the same embedded database):
  // say so in one line, without a stack trace.
  if (error instanceof ConfigError || error instanceof DatabaseInUseError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
