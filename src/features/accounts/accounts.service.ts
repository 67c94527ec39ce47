import type { Actor, UserActor } from "../../authz/actor.js";
import { assertCan } from "../../authz/policy.js";
import type { Executor } from "../../db/client.js";
import { i18nFor } from "../../i18n/index.js";
import type { Locale, Role, TokenPurpose } from "../../shared/domain.js";
import { AppError } from "../../shared/errors.js";
import { recordAudit } from "../audit/audit.repo.js";
import { enqueueEmail } from "../email/outbox.js";
import * as repo from "./accounts.repo.js";
import { decoyHash, hashPassword, newToken, tokenHash, verifyPassword } from "./secrets.js";

export const SESSION_DAYS = 30;
/** After this many wrong passwords in a row the account waits LOCK_MINUTES, doubling each further time. */
export const FAILURES_BEFORE_LOCK = 5;
export const LOCK_MINUTES = 15;
const TOKEN_HOURS: Record<TokenPurpose, number> = { verify_email: 48, reset_password: 1, invite: 24 * 7 };

const hoursFrom = (now: Date, hours: number) => new Date(now.getTime() + hours * 3_600_000);

type Links = { publicUrl: string };

async function issueToken(tx: Executor, userId: string, purpose: TokenPurpose, now: Date) {
  const token = newToken();
  await repo.insertEmailToken(tx, tokenHash(token), userId, purpose, hoursFrom(now, TOKEN_HOURS[purpose]));
  return token;
}

function emailText(locale: Locale, key: "verify" | "reset" | "invite" | "exists", link: string) {
  const { t } = i18nFor(locale);
  return { subject: t(`email.${key}.subject`), body: t(`email.${key}.body`, { link }) };
}

/**
 * Creates an unverified account and emails a verification link. An address already registered gets an
 * email saying so instead, and the page answers the same either way, so sign-up never reveals who has an
 * account.
 */
export async function signUp(
  db: Executor,
  input: {
    email: string;
    password: string;
    displayName: string;
    role: "patient" | "clinic_staff";
    locale: Locale;
  },
  now: Date,
  links: Links,
) {
  const passwordHash = await hashPassword(input.password);
  await db.transaction(async (tx) => {
    const user = await repo.insertUser(tx, { ...input, passwordHash, verified: false });
    if (!user) {
      const existing = await repo.findUserByEmail(tx, input.email);
      const mail = emailText(
        existing?.locale ?? input.locale,
        "exists",
        `${links.publicUrl}/${input.locale}/account/reset`,
      );
      await enqueueEmail(tx, { to: input.email, ...mail });
      return;
    }
    const token = await issueToken(tx, user.id, "verify_email", now);
    await enqueueEmail(tx, {
      to: user.email,
      ...emailText(
        input.locale,
        "verify",
        `${links.publicUrl}/${input.locale}/account/verify?token=${token}`,
      ),
    });
    await recordAudit(
      tx,
      { kind: "user", userId: user.id, email: user.email, role: user.role, facilityIds: [], verified: false },
      {
        action: "account.sign_up",
        subjectType: "user",
        subjectId: user.id,
        detail: { role: user.role },
      },
    );
  });
}

/** Checks the password, applies the lock-out, and opens a session. Every failure looks the same to the caller. */
export async function signIn(
  db: Executor,
  input: { email: string; password: string },
  now: Date,
): Promise<{ token: string; user: repo.UserRow }> {
  const user = await repo.findUserByEmail(db, input.email);
  if (!user) {
    await verifyPassword(await decoyHash(), input.password);
    throw new AppError("UNAUTHENTICATED", "account.invalidCredentials");
  }
  if (user.lockedUntil && user.lockedUntil > now) throw new AppError("RATE_LIMITED", "account.locked");
  const ok = await verifyPassword(user.passwordHash, input.password);
  const actor: Actor = {
    kind: "user",
    userId: user.id,
    email: user.email,
    role: user.role,
    facilityIds: [],
    verified: Boolean(user.emailVerifiedAt),
  };
  if (!ok) {
    const failures = user.failedSignIns + 1;
    const lockUntil =
      failures >= FAILURES_BEFORE_LOCK
        ? new Date(now.getTime() + LOCK_MINUTES * 60_000 * 2 ** (failures - FAILURES_BEFORE_LOCK))
        : null;
    await db.transaction(async (tx) => {
      await repo.recordFailedSignIn(tx, user.id, lockUntil);
      await recordAudit(tx, actor, {
        action: "account.sign_in_failed",
        subjectType: "user",
        subjectId: user.id,
        detail: { failures, locked: Boolean(lockUntil) },
      });
    });
    throw new AppError("UNAUTHENTICATED", "account.invalidCredentials");
  }
  if (!user.emailVerifiedAt) throw new AppError("UNAUTHENTICATED", "account.unverified");
  const token = newToken();
  await db.transaction(async (tx) => {
    await repo.clearFailedSignIns(tx, user.id);
    await repo.insertSession(
      tx,
      tokenHash(token),
      user.id,
      new Date(now.getTime() + SESSION_DAYS * 86_400_000),
    );
    await recordAudit(tx, actor, { action: "account.sign_in", subjectType: "user", subjectId: user.id });
  });
  return { token, user };
}

export async function signOut(db: Executor, actor: Actor, token: string) {
  await db.transaction(async (tx) => {
    await repo.deleteSession(tx, tokenHash(token));
    if (actor.kind === "user")
      await recordAudit(tx, actor, {
        action: "account.sign_out",
        subjectType: "user",
        subjectId: actor.userId,
      });
  });
}

export async function actorForSession(db: Executor, token: string, now: Date): Promise<UserActor | null> {
  const found = await repo.findSessionUser(db, tokenHash(token), now);
  if (!found) return null;
  const { user, facilityIds } = found;
  return {
    kind: "user",
    userId: user.id,
    email: user.email,
    role: user.role,
    facilityIds,
    verified: Boolean(user.emailVerifiedAt),
  };
}

export async function verifyEmail(db: Executor, token: string, now: Date) {
  return db.transaction(async (tx) => {
    const row = await repo.consumeEmailToken(tx, tokenHash(token), ["verify_email"], now);
    if (!row) throw new AppError("BAD_REQUEST", "account.linkInvalid");
    await repo.markVerified(tx, row.userId);
    await recordAudit(
      tx,
      { kind: "system", via: "cli" },
      { action: "account.email_verified", subjectType: "user", subjectId: row.userId },
    );
  });
}

/** Always answers the same; only a registered address gets a link. */
export async function requestPasswordReset(
  db: Executor,
  email: string,
  locale: Locale,
  now: Date,
  links: Links,
) {
  const user = await repo.findUserByEmail(db, email);
  if (!user) return;
  await db.transaction(async (tx) => {
    const token = await issueToken(tx, user.id, "reset_password", now);
    await enqueueEmail(tx, {
      to: user.email,
      ...emailText(user.locale, "reset", `${links.publicUrl}/${locale}/account/password?token=${token}`),
    });
  });
}

/** Sets a new password from a reset or invitation link; signs the user out everywhere else. */
export async function setPasswordWithToken(db: Executor, token: string, password: string, now: Date) {
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const row = await repo.consumeEmailToken(tx, tokenHash(token), ["reset_password", "invite"], now);
    if (!row) throw new AppError("BAD_REQUEST", "account.linkInvalid");
    await repo.setPassword(tx, row.userId, passwordHash);
    // Following an emailed link proves the address.
    await repo.markVerified(tx, row.userId);
    await repo.deleteSessionsOf(tx, row.userId);
    await recordAudit(
      tx,
      { kind: "system", via: "cli" },
      { action: `account.password_set_via_${row.purpose}`, subjectType: "user", subjectId: row.userId },
    );
  });
}

export const tokenIsLive = async (db: Executor, token: string, now: Date) =>
  Boolean(await repo.peekEmailToken(db, tokenHash(token), now));

/**
 * An administrator invites a reviewer, an administrator or clinic staff (with their facility); the person
 * sets their own password from the emailed link.
 */
export async function inviteUser(
  db: Executor,
  actor: Actor,
  input: { email: string; role: Role; facilityId: string | null; locale: Locale },
  now: Date,
  links: Links,
) {
  assertCan(actor, "users:invite");
  await db.transaction(async (tx) => {
    const user = await repo.insertUser(tx, {
      email: input.email,
      passwordHash: null,
      role: input.role,
      displayName: "",
      locale: input.locale,
      verified: false,
    });
    if (!user)
      throw new AppError("CONFLICT", "account.emailTaken", {
        issues: [{ field: "email", messageKey: "account.emailTaken" }],
      });
    if (input.facilityId) await repo.addMembership(tx, user.id, input.facilityId);
    const token = await issueToken(tx, user.id, "invite", now);
    await enqueueEmail(tx, {
      to: user.email,
      ...emailText(
        input.locale,
        "invite",
        `${links.publicUrl}/${input.locale}/account/password?token=${token}`,
      ),
    });
    await recordAudit(tx, actor, {
      action: "account.invited",
      subjectType: "user",
      subjectId: user.id,
      facilityId: input.facilityId,
      detail: { role: input.role, email: input.email },
    });
  });
}

/** The command line's `users create`: a verified account with a password, for the first administrator. */
export async function createUser(
  db: Executor,
  actor: Actor,
  input: { email: string; role: Role; password: string; displayName?: string },
) {
  assertCan(actor, "users:create");
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const user = await repo.insertUser(tx, {
      email: input.email,
      passwordHash,
      role: input.role,
      displayName: input.displayName ?? "",
      locale: "en",
      verified: true,
    });
    if (!user) throw new AppError("CONFLICT", "account.emailTaken");
    await recordAudit(tx, actor, {
      action: "account.created",
      subjectType: "user",
      subjectId: user.id,
      detail: { role: input.role, email: input.email },
    });
    return user;
  });
}

export const listUsers = (db: Executor, actor: Actor) => {
  assertCan(actor, "users:list");
  return repo.listUsers(db);
};
