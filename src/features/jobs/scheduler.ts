import { sql } from "drizzle-orm";
import { type Executor, queryRows } from "../../db/client.js";

export type Job = { name: string; everyMs: number; run(now: Date): Promise<string> };

/** How long a claimed run may take before another process (or this one after a crash) may retry it. */
const LEASE_MS = 10 * 60_000;

/**
 * Runs each job that is due. The schedule lives in the database: a claim moves next_run_at forward by a
 * lease atomically, so only one process runs a job; success moves it to the next period; a crash leaves
 * the lease to expire and the run is retried. Jobs never run before a restart found them due are run at
 * start, so a server that was down at the scheduled time catches up.
 */
export async function runDueJobs(db: Executor, jobs: readonly Job[], now: Date): Promise<string[]> {
  const ran: string[] = [];
  for (const job of jobs) {
    await db.execute(
      sql`insert into scheduled_jobs (name, next_run_at) values (${job.name}, ${now.toISOString()}) on conflict do nothing`,
    );
    const claimed = await queryRows<{ name: string }>(
      db,
      sql`update scheduled_jobs set next_run_at = ${new Date(now.getTime() + LEASE_MS).toISOString()}
          where name = ${job.name} and next_run_at <= ${now.toISOString()} returning name`,
    );
    if (!claimed.length) continue;
    let result: string;
    try {
      result = await job.run(now);
    } catch (error) {
      await db.execute(
        sql`update scheduled_jobs set last_result = ${`failed: ${String((error as Error).message).slice(0, 300)}`} where name = ${job.name}`,
      );
      continue;
    }
    await db.execute(
      sql`update scheduled_jobs set next_run_at = ${new Date(now.getTime() + job.everyMs).toISOString()}, last_run_at = ${now.toISOString()}, last_result = ${result}
          where name = ${job.name}`,
    );
    ran.push(job.name);
  }
  return ran;
}

export function startScheduler(
  db: Executor,
  jobs: readonly Job[],
  clock: { now(): Date },
  onError: (e: unknown) => void,
  checkEveryMs = 60_000,
) {
  let busy = false;
  const tick = async () => {
    if (busy) return;
    busy = true;
    try {
      await runDueJobs(db, jobs, clock.now());
    } catch (error) {
      onError(error);
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(() => void tick(), checkEveryMs);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}
