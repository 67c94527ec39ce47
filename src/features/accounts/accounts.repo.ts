import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { emailTokens, memberships, sessions, users } from "../../db/schema.js";
import type { Role, TokenPurpose } from "../../shared/domain.js";

export type UserRow = typeof users.$inferSelect;

export const findUserByEmail = async (db: Executor, email: string) =>
  (await db.select().from(users).where(eq(users.email, email)).limit(1))[0];

export const findUserById = async (db: Executor, id: string) =>
  (await db.select().from(users).where(eq(users.id, id)).limit(1))[0];

export async function insertUser(
  db: Executor,
  values: {
    email: string;
    passwordHash: string | null;
    role: Role;
    displayName: string;
    locale: "en" | "es";
    verified: boolean;
  },
) {
  const [row] = await db
    .insert(users)
    .values({
      email: values.email,
      passwordHash: values.passwordHash,
      role: values.role,
      displayName: values.displayName,
      locale: values.locale,
      emailVerifiedAt: values.verified ? sql`now()` : null,
    })
    .onConflictDoNothing()
    .returning();
  return row;
}

export async function recordFailedSignIn(db: Executor, userId: string, lockUntil: Date | null) {
  await db
    .update(users)
    .set({ failedSignIns: sql`${users.failedSignIns} + 1`, lockedUntil: lockUntil })
    .where(eq(users.id, userId));
}

export async function clearFailedSignIns(db: Executor, userId: string) {
  await db.update(users).set({ failedSignIns: 0, lockedUntil: null }).where(eq(users.id, userId));
}

export async function setPassword(db: Executor, userId: string, passwordHash: string) {
  await db
    .update(users)
    .set({ passwordHash, failedSignIns: 0, lockedUntil: null })
    .where(eq(users.id, userId));
}

export async function markVerified(db: Executor, userId: string) {
  await db
    .update(users)
    .set({ emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())` })
    .where(eq(users.id, userId));
}

export async function insertSession(db: Executor, tokenHash: string, userId: string, expiresAt: Date) {
  await db.insert(sessions).values({ tokenHash, userId, expiresAt });
}

export async function deleteSession(db: Executor, tokenHash: string) {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSessionsOf(db: Executor, userId: string) {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

/** The signed-in user behind a session token hash, with their facility memberships, or undefined. */
export async function findSessionUser(db: Executor, hash: string, now: Date) {
  const rows = await db
    .select({ user: users, facilityId: memberships.facilityId })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(memberships, eq(memberships.userId, users.id))
    .where(and(eq(sessions.tokenHash, hash), gt(sessions.expiresAt, now)));
  if (!rows.length) return undefined;
  return {
    user: rows[0]!.user,
    facilityIds: rows.map((r) => r.facilityId).filter((id): id is string => id !== null),
  };
}

export async function insertEmailToken(
  db: Executor,
  hash: string,
  userId: string,
  purpose: TokenPurpose,
  expiresAt: Date,
) {
  await db.insert(emailTokens).values({ tokenHash: hash, userId, purpose, expiresAt });
}

/** Marks a live token used and returns its user id; a used, expired or unknown token returns undefined. */
export async function consumeEmailToken(db: Executor, hash: string, purposes: TokenPurpose[], now: Date) {
  const [row] = await db
    .update(emailTokens)
    .set({ usedAt: now })
    .where(and(eq(emailTokens.tokenHash, hash), isNull(emailTokens.usedAt), gt(emailTokens.expiresAt, now)))
    .returning();
  if (!row || !purposes.includes(row.purpose)) return undefined;
  return row;
}

export async function peekEmailToken(db: Executor, hash: string, now: Date) {
  const [row] = await db
    .select()
    .from(emailTokens)
    .where(and(eq(emailTokens.tokenHash, hash), isNull(emailTokens.usedAt), gt(emailTokens.expiresAt, now)))
    .limit(1);
  return row;
}

export async function addMembership(db: Executor, userId: string, facilityId: string) {
  await db.insert(memberships).values({ userId, facilityId }).onConflictDoNothing();
}

export function listUsers(db: Executor) {
  return db
    .select({
      id: users.id,
      email: users.email,
      role: users.role,
      verified: users.emailVerifiedAt,
      createdAt: users.createdAt,
    })
    .from(users)
    .orderBy(users.createdAt);
}
