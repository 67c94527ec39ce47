import type { FastifyInstance } from "fastify";
import { type AppOptions, buildApp } from "../../src/app.js";
import { type Config, testConfig } from "../../src/config.js";
import type { Database } from "../../src/db/client.js";
import type { Clock } from "../../src/shared/clock.js";
import { openTestDatabase } from "./db.js";

export type TestApp = { app: FastifyInstance; database: Database; close(): Promise<void> };

/** The real app on a private copy of the seeded database; `close` drops both. */
export async function createTestApp(
  options: { config?: Partial<Config>; clock?: Clock; onRoute?: AppOptions["onRoute"] } = {},
): Promise<TestApp> {
  const database = await openTestDatabase();
  const app = await buildApp(testConfig(options.config), {
    database,
    clock: options.clock,
    onRoute: options.onRoute,
  });
  await app.ready();
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
