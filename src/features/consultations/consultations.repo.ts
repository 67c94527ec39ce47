import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { type Executor, queryRows } from "../../db/client.js";
import {
  consultationMessages,
  consultationRecipients,
  consultationRecords,
  consultationRequests,
  facilities,
  memberships,
  programmes,
  users,
} from "../../db/schema.js";

/** Published programmes by slug, with whether their facility is vetted (only vetted ones may be chosen). */
export function programmesForRequest(db: Executor, slugs: readonly string[]) {
  if (!slugs.length) return Promise.resolve([]);
  return db
    .select({
      id: programmes.id,
      slug: programmes.slug,
      titleEn: programmes.titleEn,
      titleEs: programmes.titleEs,
      facilityId: facilities.id,
      facilityName: facilities.name,
      city: facilities.city,
      vetted: sql<boolean>`${facilities.vettingStatus} = 'vetted'`,
    })
    .from(programmes)
    .innerJoin(facilities, eq(facilities.id, programmes.facilityId))
    .where(
      and(
        inArray(programmes.slug, [...slugs]),
        eq(programmes.published, true),
        eq(facilities.published, true),
      ),
    );
}

export const findByIdempotencyKey = async (db: Executor, key: string) =>
  (
    await db.select().from(consultationRequests).where(eq(consultationRequests.idempotencyKey, key)).limit(1)
  )[0];

export const findRequest = async (db: Executor, id: string) =>
  (await db.select().from(consultationRequests).where(eq(consultationRequests.id, id)).limit(1))[0];

export async function insertRequest(db: Executor, values: typeof consultationRequests.$inferInsert) {
  const [row] = await db.insert(consultationRequests).values(values).onConflictDoNothing().returning();
  return row;
}

export async function insertRecipients(
  db: Executor,
  requestId: string,
  rows: Array<{ facilityId: string; programmeId: string }>,
) {
  await db.insert(consultationRecipients).values(rows.map((r) => ({ ...r, requestId })));
}

export async function insertRecord(db: Executor, values: typeof consultationRecords.$inferInsert) {
  await db.insert(consultationRecords).values(values);
}

export async function markConfirmed(db: Executor, requestId: string) {
  const rows = await db
    .update(consultationRequests)
    .set({ status: "submitted", confirmedAt: sql`now()` })
    .where(
      and(eq(consultationRequests.id, requestId), eq(consultationRequests.status, "awaiting_confirmation")),
    )
    .returning({ id: consultationRequests.id });
  if (rows.length) await setRecipientStatus(db, requestId, null, "delivered");
  return rows.length > 0;
}

export async function setRecipientStatus(
  db: Executor,
  requestId: string,
  facilityId: string | null,
  status: string,
) {
  await db
    .update(consultationRecipients)
    .set({ status, updatedAt: sql`now()` })
    .where(
      and(
        eq(consultationRecipients.requestId, requestId),
        facilityId ? eq(consultationRecipients.facilityId, facilityId) : undefined,
      ),
    );
}

export function recipientsOf(db: Executor, requestId: string) {
  return db
    .select({
      facilityId: consultationRecipients.facilityId,
      status: consultationRecipients.status,
      updatedAt: consultationRecipients.updatedAt,
      facilityName: facilities.name,
      programmeTitleEn: programmes.titleEn,
      programmeTitleEs: programmes.titleEs,
    })
    .from(consultationRecipients)
    .innerJoin(facilities, eq(facilities.id, consultationRecipients.facilityId))
    .leftJoin(programmes, eq(programmes.id, consultationRecipients.programmeId))
    .where(eq(consultationRecipients.requestId, requestId))
    .orderBy(asc(facilities.name));
}

/** Confirmed requests addressed to these facilities, newest first (staff never see unconfirmed ones). */
export function inboxOf(db: Executor, facilityIds: readonly string[]) {
  if (!facilityIds.length) return Promise.resolve([]);
  return db
    .select({
      requestId: consultationRequests.id,
      facilityId: consultationRecipients.facilityId,
      facilityName: facilities.name,
      status: consultationRecipients.status,
      confirmedAt: consultationRequests.confirmedAt,
    })
    .from(consultationRecipients)
    .innerJoin(consultationRequests, eq(consultationRequests.id, consultationRecipients.requestId))
    .innerJoin(facilities, eq(facilities.id, consultationRecipients.facilityId))
    .where(
      and(
        inArray(consultationRecipients.facilityId, [...facilityIds]),
        inArray(consultationRequests.status, ["submitted", "closed"]),
      ),
    )
    .orderBy(desc(consultationRequests.confirmedAt));
}

export const recordsOf = (db: Executor, requestId: string) =>
  db
    .select({
      id: consultationRecords.id,
      label: consultationRecords.label,
      contentType: consultationRecords.contentType,
      sizeBytes: consultationRecords.sizeBytes,
    })
    .from(consultationRecords)
    .where(eq(consultationRecords.requestId, requestId));

export const findRecord = async (db: Executor, requestId: string, recordId: string) =>
  (
    await db
      .select()
      .from(consultationRecords)
      .where(and(eq(consultationRecords.id, recordId), eq(consultationRecords.requestId, requestId)))
      .limit(1)
  )[0];

export function threadOf(db: Executor, requestId: string, facilityId: string) {
  return db
    .select()
    .from(consultationMessages)
    .where(
      and(eq(consultationMessages.requestId, requestId), eq(consultationMessages.facilityId, facilityId)),
    )
    .orderBy(asc(consultationMessages.createdAt));
}

export async function insertMessage(db: Executor, values: typeof consultationMessages.$inferInsert) {
  await db.insert(consultationMessages).values(values);
}

export function staffOf(db: Executor, facilityId: string) {
  return db
    .select({ email: users.email, locale: users.locale })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.facilityId, facilityId));
}

export async function deleteRequest(db: Executor, requestId: string) {
  await db.delete(consultationRequests).where(eq(consultationRequests.id, requestId));
}

/** Requests with no activity since `before` (no message, not created since): the retention rule removes them. */
export async function deleteInactiveBefore(db: Executor, before: Date) {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`delete from consultation_requests r
    where r.created_at < ${before.toISOString()}
      and not exists (select 1 from consultation_messages m where m.request_id = r.id and m.created_at >= ${before.toISOString()})
    returning r.id`,
  );
  return rows.length;
}

export const allRecords = (db: Executor, requestId: string) =>
  db.select().from(consultationRecords).where(eq(consultationRecords.requestId, requestId));
export const allMessages = (db: Executor, requestId: string) =>
  db
    .select()
    .from(consultationMessages)
    .where(eq(consultationMessages.requestId, requestId))
    .orderBy(asc(consultationMessages.createdAt));

/** Every encrypted value, for key rotation. */
export async function encryptedValues(db: Executor) {
  return {
    requests: await db
      .select({
        id: consultationRequests.id,
        keyId: consultationRequests.keyId,
        payload: consultationRequests.profile,
      })
      .from(consultationRequests),
    records: await db
      .select({
        id: consultationRecords.id,
        keyId: consultationRecords.keyId,
        payload: consultationRecords.content,
      })
      .from(consultationRecords),
    messages: await db
      .select({
        id: consultationMessages.id,
        keyId: consultationMessages.keyId,
        payload: consultationMessages.body,
      })
      .from(consultationMessages),
  };
}

export async function storeReencrypted(
  db: Executor,
  table: "requests" | "records" | "messages",
  id: string,
  keyId: string,
  payload: Buffer,
) {
  if (table === "requests")
    await db
      .update(consultationRequests)
      .set({ keyId, profile: payload })
      .where(eq(consultationRequests.id, id));
  else if (table === "records")
    await db
      .update(consultationRecords)
      .set({ keyId, content: payload })
      .where(eq(consultationRecords.id, id));
  else
    await db
      .update(consultationMessages)
      .set({ keyId, body: payload })
      .where(eq(consultationMessages.id, id));
}

export async function countRecentByEmail(db: Executor, email: string, since: Date) {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from consultation_requests where email = ${email} and created_at >= ${since.toISOString()}`,
  );
  return row?.n ?? 0;
}

export async function closeRequest(db: Executor, requestId: string) {
  await db
    .update(consultationRequests)
    .set({ status: "closed" })
    .where(eq(consultationRequests.id, requestId));
  await setRecipientStatus(db, requestId, null, "closed");
}
