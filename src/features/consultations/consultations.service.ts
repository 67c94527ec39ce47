import type { Actor } from "../../authz/actor.js";
import { assertCan, canActForFacility } from "../../authz/policy.js";
import type { Executor } from "../../db/client.js";
import { i18nFor } from "../../i18n/index.js";
import type { Locale } from "../../shared/domain.js";
import { AppError, notFound } from "../../shared/errors.js";
import { isUuid } from "../../shared/ids.js";
import { newToken, tokenHash } from "../accounts/secrets.js";
import { recordAudit } from "../audit/audit.repo.js";
import { enqueueEmail } from "../email/outbox.js";
import { checkUpload } from "../vetting/documents.js";
import * as repo from "./consultations.repo.js";
import type { RequestInput } from "./consultations.schemas.js";
import { CONSENT_VERSION } from "./consultations.schemas.js";
import { decrypt, decryptJson, encrypt, encryptJson, type Keyring, reencrypt } from "./crypto.js";

/** Everything health-related the patient typed; stored only encrypted. */
export type Profile = Omit<RequestInput, "idempotencyKey" | "website" | "programmes" | "consent" | "email">;
export type RecordUpload = { fileName: string; bytes: Buffer; truncated: boolean };
export const RECORDS_MAX_TOTAL_BYTES = 20 * 1024 * 1024;
export const REQUESTS_PER_EMAIL_PER_HOUR = 5;

type Deps = { keyring: Keyring; publicUrl: string };

/** The consent a patient gives for one facility, in their language, exactly as shown and stored. */
export function consentText(locale: Locale, facilityName: string) {
  return i18nFor(locale).t("consult.consentText", { facility: facilityName });
}

const validation = (field: string, messageKey: string, params?: Record<string, string | number>) =>
  new AppError("VALIDATION", "consult.invalid.title", {
    issues: [{ field, messageKey, ...(params ? { params } : {}) }],
  });

/**
 * Records a request. A repeated submission with the same key returns the first request unchanged. Unless a
 * verified patient is signed in, the request waits for the email address to be confirmed by a link.
 */
export async function submitRequest(
  db: Executor,
  actor: Actor,
  input: RequestInput,
  records: RecordUpload[],
  locale: Locale,
  deps: Deps,
) {
  const existing = await repo.findByIdempotencyKey(db, input.idempotencyKey);
  if (existing) return { id: existing.id, repeated: true };

  // Per email as well as per address: one person cannot flood facilities from many addresses.
  if (
    (await repo.countRecentByEmail(db, input.email, new Date(Date.now() - 3_600_000))) >=
    REQUESTS_PER_EMAIL_PER_HOUR
  ) {
    throw new AppError("RATE_LIMITED", "consult.tooMany");
  }
  const chosen = await repo.programmesForRequest(db, input.programmes);
  if (chosen.length !== new Set(input.programmes).size)
    throw validation("programmes", "consult.invalid.programmes", { max: 3 });
  const unvetted = chosen.find((p) => !p.vetted);
  if (unvetted) throw validation("programmes", "consult.notVetted", { facility: unvetted.facilityName });
  const facilities = [...new Map(chosen.map((p) => [p.facilityId, p])).values()];
  const missingConsent = facilities.find((f) => !input.consent.includes(f.facilityId));
  if (missingConsent)
    throw validation("consent", "consult.invalid.consentFor", { facility: missingConsent.facilityName });

  let total = 0;
  const checked = records.map((r) => {
    const result = checkUpload(r.fileName, r.bytes, r.truncated);
    if (!result.ok) throw validation("records", `portal.upload.${result.problem}`);
    total += r.bytes.length;
    return { ...r, type: result.type };
  });
  if (total > RECORDS_MAX_TOTAL_BYTES) throw validation("records", "consult.invalid.recordsTotal");

  const profile: Profile = {
    name: input.name,
    phone: input.phone,
    messagingApp: input.messagingApp,
    country: input.country,
    preferredLanguage: input.preferredLanguage,
    neuroLevel: input.neuroLevel,
    ais: input.ais,
    injuryDate: input.injuryDate,
    injuryCause: input.injuryCause,
    currentRehab: input.currentRehab,
    goals: input.goals,
  };
  const sealed = encryptJson(deps.keyring, profile);
  const accessToken = newToken();
  const verifiedPatient =
    actor.kind === "user" && actor.role === "patient" && actor.verified && actor.email === input.email;
  const consent = facilities.map((f) => consentText(locale, f.facilityName)).join("\n");

  return db.transaction(async (tx) => {
    const row = await repo.insertRequest(tx, {
      idempotencyKey: input.idempotencyKey,
      patientUserId: actor.kind === "user" ? actor.userId : null,
      email: input.email,
      locale,
      status: "awaiting_confirmation",
      profile: sealed.payload,
      keyId: sealed.keyId,
      consentVersion: CONSENT_VERSION,
      consentText: consent,
      consentAt: new Date(),
      accessTokenHash: tokenHash(accessToken),
    });
    // A concurrent duplicate lost the race on the unique key: answer with the one that won.
    if (!row) return { id: (await repo.findByIdempotencyKey(tx, input.idempotencyKey))!.id, repeated: true };
    await repo.insertRecipients(
      tx,
      row.id,
      chosen
        .map((p) => ({ facilityId: p.facilityId, programmeId: p.id }))
        .filter((r, i, all) => all.findIndex((x) => x.facilityId === r.facilityId) === i),
    );
    for (const r of checked) {
      const file = encrypt(deps.keyring, r.bytes);
      await repo.insertRecord(tx, {
        requestId: row.id,
        label: r.fileName,
        contentType: r.type,
        sizeBytes: r.bytes.length,
        content: file.payload,
        keyId: file.keyId,
      });
    }
    await recordAudit(tx, actor, {
      action: "consultation.created",
      subjectType: "consultation",
      subjectId: row.id,
      detail: { facilities: facilities.length, records: checked.length, consentVersion: CONSENT_VERSION },
    });
    const link = `${deps.publicUrl}/${locale}/consultations/${row.id}?token=${accessToken}`;
    const { t } = i18nFor(locale);
    if (verifiedPatient) {
      await confirmInTx(tx, row.id, deps, locale);
      await enqueueEmail(tx, {
        to: input.email,
        subject: t("email.consultSent.subject"),
        body: t("email.consultSent.body", { link }),
      });
    } else {
      await enqueueEmail(tx, {
        to: input.email,
        subject: t("email.consultConfirm.subject"),
        body: t("email.consultConfirm.body", { link }),
      });
    }
    return { id: row.id, repeated: false };
  });
}

async function confirmInTx(tx: Executor, requestId: string, deps: Deps, locale: Locale) {
  if (!(await repo.markConfirmed(tx, requestId))) return false;
  for (const r of await repo.recipientsOf(tx, requestId)) {
    for (const staff of await repo.staffOf(tx, r.facilityId)) {
      const { t } = i18nFor(staff.locale);
      // No health data in email: only a link to the inbox, behind sign-in.
      await enqueueEmail(tx, {
        to: staff.email,
        subject: t("email.consultNew.subject", { facility: r.facilityName }),
        body: t("email.consultNew.body", { link: `${deps.publicUrl}/${staff.locale}/portal/inbox` }),
      });
    }
  }
  await recordAudit(
    tx,
    { kind: "anonymous" },
    {
      action: "consultation.confirmed",
      subjectType: "consultation",
      subjectId: requestId,
      detail: { locale },
    },
  );
  return true;
}

/** The patient's view through their private link; the first visit confirms the email address. */
export async function openAsPatient(db: Executor, requestId: string, token: string, deps: Deps) {
  const request = isUuid(requestId) ? await repo.findRequest(db, requestId) : undefined;
  if (!request || request.accessTokenHash !== tokenHash(token)) throw notFound();
  const confirmedNow =
    request.status === "awaiting_confirmation"
      ? await db.transaction((tx) => confirmInTx(tx, request.id, deps, request.locale))
      : false;
  const recipients = await repo.recipientsOf(db, request.id);
  const threads = await Promise.all(
    recipients.map(async (r) => ({
      facilityId: r.facilityId,
      messages: (await repo.threadOf(db, request.id, r.facilityId)).map((m) => ({
        author: m.author,
        at: m.createdAt,
        ...decryptJson<{ body: string; proposedTimes: string }>(deps.keyring, m.keyId, m.body),
      })),
    })),
  );
  return {
    request,
    recipients,
    threads,
    confirmedNow,
    profile: decryptJson<Profile>(deps.keyring, request.keyId, request.profile),
  };
}

export async function inbox(db: Executor, actor: Actor) {
  assertCan(actor, "inbox:read");
  return repo.inboxOf(db, actor.kind === "user" ? actor.facilityIds : []);
}

async function recipientFor(db: Executor, actor: Actor, requestId: string, facilityId: string) {
  assertCan(actor, "inbox:read");
  if (
    !isUuid(requestId) ||
    !isUuid(facilityId) ||
    actor.kind !== "user" ||
    !actor.facilityIds.includes(facilityId) ||
    !canActForFacility(actor, facilityId)
  )
    throw notFound();
  const request = await repo.findRequest(db, requestId);
  const recipient =
    request && request.status !== "awaiting_confirmation"
      ? (await repo.recipientsOf(db, requestId)).find((r) => r.facilityId === facilityId)
      : undefined;
  if (!request || !recipient) throw notFound();
  return { request, recipient };
}

/** Staff read a request addressed to their facility: decrypted, audited, marked opened. */
export async function readRequest(
  db: Executor,
  actor: Actor,
  requestId: string,
  facilityId: string,
  deps: Deps,
) {
  const { keyring } = deps;
  const { request, recipient } = await recipientFor(db, actor, requestId, facilityId);
  await db.transaction(async (tx) => {
    if (recipient.status === "delivered") {
      await repo.setRecipientStatus(tx, requestId, facilityId, "opened");
      // Every change of status the patient can follow is also emailed (no health data, only the link).
      const { t } = i18nFor(request.locale);
      await enqueueEmail(tx, {
        to: request.email,
        subject: t("email.consultOpened.subject", { facility: recipient.facilityName }),
        body: t("email.consultOpened.body", {
          facility: recipient.facilityName,
          link: `${deps.publicUrl}/${request.locale}/consultations/${requestId}`,
        }),
      });
    }
    await recordAudit(tx, actor, {
      action: "consultation.read",
      subjectType: "consultation",
      subjectId: requestId,
      facilityId,
    });
  });
  const messages = (await repo.threadOf(db, requestId, facilityId)).map((m) => ({
    author: m.author,
    at: m.createdAt,
    ...decryptJson<{ body: string; proposedTimes: string }>(keyring, m.keyId, m.body),
  }));
  return {
    request,
    recipient,
    profile: decryptJson<Profile>(keyring, request.keyId, request.profile),
    records: await repo.recordsOf(db, requestId),
    messages,
  };
}

export async function readRecord(
  db: Executor,
  actor: Actor,
  requestId: string,
  facilityId: string,
  recordId: string,
  keyring: Keyring,
) {
  await recipientFor(db, actor, requestId, facilityId);
  const record = isUuid(recordId) ? await repo.findRecord(db, requestId, recordId) : undefined;
  if (!record) throw notFound();
  await recordAudit(db, actor, {
    action: "consultation.record_read",
    subjectType: "consultation_record",
    subjectId: record.id,
    facilityId,
  });
  return { contentType: record.contentType, bytes: decrypt(keyring, record.keyId, record.content) };
}

/** A message in the thread between the patient and one facility; the other side is emailed a link. */
export async function postMessage(
  db: Executor,
  from: { kind: "facility"; actor: Actor } | { kind: "patient"; token: string },
  requestId: string,
  facilityId: string,
  message: { body: string; proposedTimes: string },
  deps: Deps,
) {
  let request: Awaited<ReturnType<typeof repo.findRequest>>;
  if (from.kind === "facility") {
    request = (await recipientFor(db, from.actor, requestId, facilityId)).request;
  } else {
    request = isUuid(requestId) ? await repo.findRequest(db, requestId) : undefined;
    if (!request || request.accessTokenHash !== tokenHash(from.token) || request.status !== "submitted")
      throw notFound();
    if (!(await repo.recipientsOf(db, requestId)).some((r) => r.facilityId === facilityId)) throw notFound();
  }
  if (request!.status === "closed")
    throw new AppError("VALIDATION", "consult.invalid.title", {
      issues: [{ field: "body", messageKey: "consult.closedNoReply" }],
    });
  const sealed = encryptJson(deps.keyring, message);
  await db.transaction(async (tx) => {
    await repo.insertMessage(tx, {
      requestId,
      facilityId,
      author: from.kind,
      body: sealed.payload,
      keyId: sealed.keyId,
    });
    if (from.kind === "facility") {
      await repo.setRecipientStatus(
        tx,
        requestId,
        facilityId,
        message.proposedTimes ? "consultation_proposed" : "answered",
      );
      const { t } = i18nFor(request!.locale);
      await enqueueEmail(tx, {
        to: request!.email,
        subject: t("email.consultReply.subject"),
        body: t("email.consultReply.body", {
          link: `${deps.publicUrl}/${request!.locale}/consultations/${requestId}`,
        }),
      });
      await recordAudit(tx, from.actor, {
        action: "consultation.replied",
        subjectType: "consultation",
        subjectId: requestId,
        facilityId,
        detail: { proposedTimes: Boolean(message.proposedTimes) },
      });
    } else {
      for (const staff of await repo.staffOf(tx, facilityId)) {
        const { t } = i18nFor(staff.locale);
        await enqueueEmail(tx, {
          to: staff.email,
          subject: t("email.consultPatientReply.subject"),
          body: t("email.consultPatientReply.body", {
            link: `${deps.publicUrl}/${staff.locale}/portal/inbox/${requestId}/${facilityId}`,
          }),
        });
      }
      await recordAudit(
        tx,
        { kind: "anonymous" },
        {
          action: "consultation.patient_replied",
          subjectType: "consultation",
          subjectId: requestId,
          facilityId,
        },
      );
    }
  });
}

/** Everything Candor holds about a request, for the patient who made it: one JSON document with the files. */
export async function exportRequest(db: Executor, requestId: string, token: string, keyring: Keyring) {
  const request = isUuid(requestId) ? await repo.findRequest(db, requestId) : undefined;
  if (!request || request.accessTokenHash !== tokenHash(token)) throw notFound();
  const records = await repo.allRecords(db, requestId);
  const messages = await repo.allMessages(db, requestId);
  await recordAudit(
    db,
    { kind: "anonymous" },
    { action: "consultation.exported", subjectType: "consultation", subjectId: requestId },
  );
  return {
    exportedAt: new Date().toISOString(),
    request: {
      id: request.id,
      email: request.email,
      status: request.status,
      createdAt: request.createdAt,
      confirmedAt: request.confirmedAt,
      locale: request.locale,
    },
    consent: { version: request.consentVersion, text: request.consentText, givenAt: request.consentAt },
    profile: decryptJson<Profile>(keyring, request.keyId, request.profile),
    recipients: await repo.recipientsOf(db, requestId),
    messages: messages.map((m) => ({
      facilityId: m.facilityId,
      author: m.author,
      at: m.createdAt,
      ...decryptJson<{ body: string; proposedTimes: string }>(keyring, m.keyId, m.body),
    })),
    records: records.map((r) => ({
      label: r.label,
      contentType: r.contentType,
      sizeBytes: r.sizeBytes,
      base64: decrypt(keyring, r.keyId, r.content).toString("base64"),
    })),
  };
}

/** The patient deletes the request: profile, records and messages go for everyone, facilities included. */
export async function deleteRequest(db: Executor, requestId: string, token: string) {
  const request = isUuid(requestId) ? await repo.findRequest(db, requestId) : undefined;
  if (!request || request.accessTokenHash !== tokenHash(token)) throw notFound();
  await db.transaction(async (tx) => {
    await repo.deleteRequest(tx, requestId);
    await recordAudit(
      tx,
      { kind: "anonymous" },
      { action: "consultation.deleted_by_patient", subjectType: "consultation", subjectId: requestId },
    );
  });
}

/** The retention rule: a request with no activity for RETENTION_MONTHS is deleted by the daily job. */
export const RETENTION_MONTHS = 24;
export async function applyRetention(db: Executor, now: Date) {
  const before = new Date(now);
  before.setUTCMonth(before.getUTCMonth() - RETENTION_MONTHS);
  return db.transaction(async (tx) => {
    const deleted = await repo.deleteInactiveBefore(tx, before);
    if (deleted)
      await recordAudit(
        tx,
        { kind: "system", via: "cli" },
        { action: "consultation.retention_deleted", subjectType: "consultation", detail: { count: deleted } },
      );
    return deleted;
  });
}

/** Re-encrypts every stored value under the current key (after a new key is put first). Returns the count. */
export async function rotateKeys(db: Executor, keyring: Keyring) {
  const all = await repo.encryptedValues(db);
  let moved = 0;
  for (const table of ["requests", "records", "messages"] as const) {
    for (const row of all[table]) {
      const next = reencrypt(keyring, row.keyId, Buffer.from(row.payload));
      if (!next) continue;
      await repo.storeReencrypted(db, table, row.id, next.keyId, next.payload);
      moved++;
    }
  }
  return moved;
}

/** The patient closes the request: every facility sees it closed and is told, and no more messages come. */
export async function closeRequest(db: Executor, requestId: string, token: string, deps: Deps) {
  const request = isUuid(requestId) ? await repo.findRequest(db, requestId) : undefined;
  if (!request || request.accessTokenHash !== tokenHash(token)) throw notFound();
  await db.transaction(async (tx) => {
    await repo.closeRequest(tx, requestId);
    for (const r of await repo.recipientsOf(tx, requestId)) {
      for (const staff of await repo.staffOf(tx, r.facilityId)) {
        const { t } = i18nFor(staff.locale);
        await enqueueEmail(tx, {
          to: staff.email,
          subject: t("email.consultClosed.subject", { facility: r.facilityName }),
          body: t("email.consultClosed.body", { link: `${deps.publicUrl}/${staff.locale}/portal/inbox` }),
        });
      }
    }
    await recordAudit(
      tx,
      { kind: "anonymous" },
      { action: "consultation.closed_by_patient", subjectType: "consultation", subjectId: requestId },
    );
  });
}
