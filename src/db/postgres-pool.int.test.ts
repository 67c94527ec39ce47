import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { openTestDatabase } from "../../test/helpers/db.js";
import { queryRows, sql } from "./client.js";

describe.runIf(inject("dbKind") === "postgres")("the PostgreSQL connection pool", () => {
  it("survives the server ending its idle sessions and answers the next query", async () => {
    const database = await openTestDatabase();
    try {
      // Several connections are opened and left idle in the pool.
      await Promise.all(Array.from({ length: 3 }, () => queryRows(database.db, sql`select pg_sleep(0.05)`)));
      const [current] = await queryRows<{ name: string }>(
        database.db,
        sql`select current_database() as name`,
      );
      // An administrator's session on the maintenance database (never on the template other tests copy).
      const adminUrl = new URL(inject("dbSource"));
      adminUrl.pathname = "/postgres";
      const admin = new pg.Client({ connectionString: adminUrl.toString() });
      await admin.connect();
      const ended = await admin.query(
        "select pg_terminate_backend(pid) from pg_stat_activity where datname = $1",
        [current?.name],
      );
      await admin.end();
      expect(ended.rowCount).toBeGreaterThan(0);
      // The pool sees its connections closed here; an unhandled "error" event would fail the run.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await queryRows(database.db, sql`select 1 as one`)).toEqual([{ one: 1 }]);
    } finally {
      await database.close();
    }
  });
});
