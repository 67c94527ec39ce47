import { and, asc, desc, eq, isNull, lt, sql } from "drizzle-orm";
import nodemailer from "nodemailer";
import type { Executor } from "../../db/client.js";
import { emailOutbox } from "../../db/schema.js";

export type OutgoingEmail = { to: string; subject: string; body: string };

/** Queues an email in the same transaction as the change that caused it: nothing acknowledged is lost. */
export async function enqueueEmail(tx: Executor, email: OutgoingEmail) {
  await tx.insert(emailOutbox).values({ toAddress: email.to, subject: email.subject, body: email.body });
}

export function listOutbox(db: Executor, limit = 100) {
  return db.select().from(emailOutbox).orderBy(desc(emailOutbox.createdAt)).limit(limit);
}

export type Mailer = { send(email: OutgoingEmail): Promise<void> };

export function smtpMailer(smtp: { url: string; from: string }): Mailer {
  const transport = nodemailer.createTransport(smtp.url);
  return {
    async send(email) {
      await transport.sendMail({ from: smtp.from, to: email.to, subject: email.subject, text: email.body });
    },
  };
}

const MAX_ATTEMPTS = 8;

/**
 * Sends what is waiting, oldest first. A failed send is retried on a later pass (up to MAX_ATTEMPTS); the
 * row records the last error. Returns how many were sent.
 */
export async function deliverPending(db: Executor, mailer: Mailer, batch = 20): Promise<number> {
  const pending = await db
    .select()
    .from(emailOutbox)
    .where(and(isNull(emailOutbox.sentAt), lt(emailOutbox.attempts, MAX_ATTEMPTS)))
    .orderBy(asc(emailOutbox.createdAt))
    .limit(batch);
  let sent = 0;
  for (const row of pending) {
    try {
      await mailer.send({ to: row.toAddress, subject: row.subject, body: row.body });
      await db
        .update(emailOutbox)
        .set({ sentAt: sql`now()`, attempts: row.attempts + 1, lastError: null })
        .where(eq(emailOutbox.id, row.id));
      sent++;
    } catch (error) {
      await db
        .update(emailOutbox)
        .set({
          attempts: row.attempts + 1,
          lastError: String((error as Error).message ?? error).slice(0, 500),
        })
        .where(eq(emailOutbox.id, row.id));
    }
  }
  return sent;
}

/**
 * Delivers the outbox every few seconds while the server runs. The outbox is durable, so mail queued
 * before a crash is sent after the restart. Returns a function that stops the loop.
 */
export function startEmailDelivery(
  db: Executor,
  mailer: Mailer,
  onError: (error: unknown) => void,
  everyMs = 5_000,
): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await deliverPending(db, mailer);
    } catch (error) {
      onError(error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), everyMs);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}
