import { createHash, randomBytes } from "node:crypto";
import type { Actor } from "../../authz/actor.js";
import { assertCan, canActForFacility } from "../../authz/policy.js";
import type { Executor } from "../../db/client.js";
import { i18nFor } from "../../i18n/index.js";
import type { Standard } from "../../shared/domain.js";
import { AppError, notFound } from "../../shared/errors.js";
import { isUuid } from "../../shared/ids.js";
import { addMembership } from "../accounts/accounts.repo.js";
import { facilityTimeline, recordAudit } from "../audit/audit.repo.js";
import {
  refreshListingRanks,
  refreshNormalizedPrices,
  refreshSearchExtra,
  refreshVocabulary,
} from "../catalogue/catalogue.repo.js";
import { enqueueEmail } from "../email/outbox.js";
import { scanText } from "../redflags/engine/index.js";
import { type CoaFormValues, coaFromForm, formFromCoaText } from "./coa/form.js";
import { pdfText } from "./coa/pdf-text.js";
import { checkUpload } from "./documents.js";
import { programmeFromInput } from "./programme-record.js";
import { adviseStandards, type FacilityDossier } from "./rules/index.js";
import { standardsTouchedByFacilityChange } from "./rules/reopen.js";
import { refreshStatusesAudited } from "./status-changes.js";
import * as repo from "./vetting.repo.js";
import type { ProgrammeInput } from "./vetting.schemas.js";

export function slugFor(name: string): string {
  const base = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 80);
  return `${base || "facility"}-${randomBytes(3).toString("hex")}`;
}

export const hasHighSeverityFlag = (text: string) =>
  text.trim() !== "" && scanText(text).findings.some((f) => f.severity === "high");

function requireVerifiedUser(actor: Actor) {
  if (actor.kind !== "user" || !actor.verified) throw notFound();
}

/** Loads a facility the actor may act for; anything else is 404, whether it exists or not. */
export async function facilityFor(db: Executor, actor: Actor, facilityId: string) {
  if (!isUuid(facilityId) || !canActForFacility(actor, facilityId)) throw notFound();
  const facility = await repo.findFacilityById(db, facilityId);
  if (!facility) throw notFound();
  return facility;
}

export async function myFacilities(db: Executor, actor: Actor) {
  assertCan(actor, "portal:use");
  return repo.facilitiesByIds(db, actor.kind === "user" ? actor.facilityIds : []);
}

export async function createFacility(db: Executor, actor: Actor, basics: repo.FacilityBasics) {
  assertCan(actor, "portal:use");
  requireVerifiedUser(actor);
  return db.transaction(async (tx) => {
    const id = await repo.insertFacility(tx, slugFor(basics.name), basics);
    if (actor.kind === "user") await addMembership(tx, actor.userId, id);
    await refreshSearchExtra(tx, [id]);
    await recordAudit(tx, actor, {
      action: "facility.created",
      subjectType: "facility",
      subjectId: id,
      facilityId: id,
      detail: { name: basics.name, city: basics.city },
    });
    return id;
  });
}

/** Reopens the standards a change touches; audits the reopening and any change of public status. */
export async function reopenAfterChange(
  tx: Executor,
  actor: Actor,
  facilityId: string,
  standards: readonly Standard[],
  today: string,
) {
  const reason = { en: i18nFor("en").t("portal.reopened"), es: i18nFor("es").t("portal.reopened") };
  const reopened = await repo.reopenStandards(tx, facilityId, standards, reason);
  if (!reopened.length) return reopened;
  await repo.setReviewRequested(tx, facilityId, true);
  await recordAudit(tx, actor, {
    action: "standard.reopened",
    subjectType: "facility",
    subjectId: facilityId,
    facilityId,
    detail: { standards: reopened },
  });
  await refreshStatusesAudited(tx, actor, today, [facilityId]);
  return reopened;
}

export async function facilityForPortal(db: Executor, actor: Actor, facilityId: string) {
  assertCan(actor, "portal:use");
  const facility = await facilityFor(db, actor, facilityId);
  return { facility, standards: await repo.standardsOf(db, facilityId) };
}

export async function updateFacilityBasics(
  db: Executor,
  actor: Actor,
  facilityId: string,
  basics: repo.FacilityBasics,
  today: string,
) {
  assertCan(actor, "portal:use");
  const before = await facilityFor(db, actor, facilityId);
  const changed = (Object.keys(basics) as Array<keyof repo.FacilityBasics>).filter(
    (k) => before[k] !== basics[k],
  );
  if (!changed.length) return;
  await db.transaction(async (tx) => {
    await repo.updateFacility(tx, facilityId, basics);
    await refreshSearchExtra(tx, [facilityId]);
    await recordAudit(tx, actor, {
      action: "facility.updated",
      subjectType: "facility",
      subjectId: facilityId,
      facilityId,
      detail: { fields: changed },
    });
    await reopenAfterChange(tx, actor, facilityId, standardsTouchedByFacilityChange(changed), today);
  });
}

export async function claimStandard(
  db: Executor,
  actor: Actor,
  facilityId: string,
  standard: Standard,
  claimText: string,
) {
  assertCan(actor, "portal:use");
  await facilityFor(db, actor, facilityId);
  await db.transaction(async (tx) => {
    await repo.claimStandard(tx, facilityId, standard, claimText);
    await recordAudit(tx, actor, {
      action: "standard.claimed",
      subjectType: "standard",
      subjectId: standard,
      facilityId,
      detail: { length: claimText.length },
    });
  });
}

export async function submitForReview(db: Executor, actor: Actor, facilityId: string) {
  assertCan(actor, "portal:use");
  await facilityFor(db, actor, facilityId);
  const standards = await repo.standardsOf(db, facilityId);
  const unclaimed = standards.filter((s) => s.status !== "verified" && !s.claimText);
  if (unclaimed.length === standards.length) {
    throw new AppError("VALIDATION", "portal.invalid.title", {
      issues: [{ field: "claims", messageKey: "portal.nothingToReview" }],
    });
  }
  await db.transaction(async (tx) => {
    await repo.setReviewRequested(tx, facilityId, true);
    await recordAudit(tx, actor, {
      action: "facility.submitted",
      subjectType: "facility",
      subjectId: facilityId,
      facilityId,
    });
  });
}

export async function reviewQueue(db: Executor, actor: Actor, filter: { city?: string }) {
  assertCan(actor, "review:use");
  return repo.reviewQueue(db, filter);
}

export async function facilityForReview(db: Executor, actor: Actor, facilityId: string) {
  assertCan(actor, "review:use");
  const facility = await facilityFor(db, actor, facilityId);
  return {
    facility,
    standards: await repo.standardsOf(db, facilityId),
    timeline: await facilityTimeline(db, facilityId),
  };
}

export type Decision = {
  standard: Standard;
  decision: "verified" | "rejected" | "info_requested";
  reasonEn: string;
  reasonEs: string;
  evidence: string;
  validUntil: string | null;
};

/**
 * A reviewer's decision on one standard. The facility's public status is re-derived in the same
 * transaction, the staff are emailed, and everything is audited together.
 */
export async function decide(db: Executor, actor: Actor, facilityId: string, d: Decision, today: string) {
  assertCan(actor, "review:use");
  const facility = await facilityFor(db, actor, facilityId);
  if (d.decision === "verified" && d.validUntil !== null && d.validUntil <= today) {
    throw new AppError("VALIDATION", "portal.invalid.title", {
      issues: [{ field: "validUntil", messageKey: "review.invalid.validUntilPast" }],
    });
  }
  const reviewer = actor.kind === "user" ? actor.email : "system";
  await db.transaction(async (tx) => {
    await repo.decideStandard(tx, facilityId, d.standard, {
      status: d.decision === "info_requested" ? "claimed" : d.decision,
      infoRequested: d.decision === "info_requested",
      reasonEn: d.reasonEn || d.reasonEs,
      reasonEs: d.reasonEs || d.reasonEn,
      evidence: d.evidence,
      validUntil: d.decision === "verified" ? d.validUntil : null,
      checkedOn: today,
      checkedBy: reviewer,
    });
    // A reviewer has now looked at the facility and its words: it may be public.
    if (!facility.published) {
      await repo.setPublished(tx, facilityId, true);
      await repo.publishProgrammes(tx, facilityId, (text) => !hasHighSeverityFlag(text));
      await recordAudit(tx, actor, {
        action: "facility.published",
        subjectType: "facility",
        subjectId: facilityId,
        facilityId,
      });
    }
    const standards = await repo.standardsOf(tx, facilityId);
    if (!standards.some((s) => s.status === "claimed" && !s.infoRequested))
      await repo.setReviewRequested(tx, facilityId, false);
    await recordAudit(tx, actor, {
      action: `standard.${d.decision}`,
      subjectType: "standard",
      subjectId: d.standard,
      facilityId,
      detail: { validUntil: d.validUntil, reason: d.reasonEn || d.reasonEs },
    });
    await refreshStatusesAudited(tx, actor, today, [facilityId]);
    for (const staff of await repo.staffEmails(tx, facilityId)) {
      const { t, code } = i18nFor(staff.locale);
      await enqueueEmail(tx, {
        to: staff.email,
        subject: t("email.decision.subject", { facility: facility.name }),
        body: t("email.decision.body", {
          facility: facility.name,
          standard: code("standard", d.standard),
          decision: code("review.decision", d.decision),
          reason: (staff.locale === "es" ? d.reasonEs || d.reasonEn : d.reasonEn || d.reasonEs) || "—",
        }),
      });
    }
  });
}

export type UploadedFile = { standard: Standard; fileName: string; bytes: Buffer; truncated: boolean };

/** Stores one evidence file after checking it; a refused file stores nothing and says what to fix. */
export async function uploadDocument(db: Executor, actor: Actor, facilityId: string, file: UploadedFile) {
  assertCan(actor, "portal:use");
  await facilityFor(db, actor, facilityId);
  const checked = checkUpload(file.fileName, file.bytes, file.truncated);
  if (!checked.ok) {
    throw new AppError("VALIDATION", "portal.invalid.title", {
      issues: [{ field: "file", messageKey: `portal.upload.${checked.problem}` }],
    });
  }
  return db.transaction(async (tx) => {
    const id = await repo.insertDocument(tx, {
      facilityId,
      standard: file.standard,
      label: file.fileName,
      contentType: checked.type,
      content: file.bytes,
      sha256: createHash("sha256").update(file.bytes).digest("hex"),
      uploadedBy: actor.kind === "user" ? actor.userId : null,
    });
    await recordAudit(tx, actor, {
      action: "document.uploaded",
      subjectType: "document",
      subjectId: id,
      facilityId,
      detail: { standard: file.standard, type: checked.type, bytes: file.bytes.length },
    });
    return id;
  });
}

export async function documentsFor(db: Executor, actor: Actor, facilityId: string) {
  await facilityFor(db, actor, facilityId);
  return repo.documentsOf(db, facilityId);
}

/** A file for someone who may act for its facility (its staff, reviewers, administrators); 404 otherwise. */
export async function downloadDocument(db: Executor, actor: Actor, documentId: string) {
  if (!isUuid(documentId)) throw notFound();
  const doc = await repo.findDocument(db, documentId);
  if (!doc || !canActForFacility(actor, doc.facilityId)) throw notFound();
  await recordAudit(db, actor, {
    action: "document.read",
    subjectType: "document",
    subjectId: doc.id,
    facilityId: doc.facilityId,
  });
  return doc;
}

export type LotInput = {
  lotCode: string;
  issuedOn: string | null;
  expiresOn: string | null;
  values: CoaFormValues;
};

/** Records a cell lot with its COA values as typed; the COA check runs on them wherever the lot is shown. */
export async function addLot(db: Executor, actor: Actor, facilityId: string, input: LotInput) {
  assertCan(actor, "portal:use");
  await facilityFor(db, actor, facilityId);
  await db.transaction(async (tx) => {
    const id = await repo.insertLot(tx, {
      facilityId,
      lotCode: input.lotCode,
      coa: coaFromForm(input.values),
      issuedOn: input.issuedOn,
      expiresOn: input.expiresOn,
    });
    if (!id)
      throw new AppError("VALIDATION", "portal.invalid.title", {
        issues: [{ field: "lotCode", messageKey: "portal.lot.duplicate" }],
      });
    await recordAudit(tx, actor, {
      action: "lot.added",
      subjectType: "cell_lot",
      subjectId: id,
      facilityId,
      detail: { lotCode: input.lotCode },
    });
  });
}

export async function lotsFor(db: Executor, actor: Actor, facilityId: string) {
  await facilityFor(db, actor, facilityId);
  return repo.lotsOf(db, facilityId);
}

/** Form values read from an uploaded PDF of this facility, or null when it has no readable text. */
export async function prefillFromDocument(
  db: Executor,
  actor: Actor,
  facilityId: string,
  documentId: string,
) {
  await facilityFor(db, actor, facilityId);
  if (!isUuid(documentId)) return null;
  const doc = await repo.findDocument(db, documentId);
  if (!doc || doc.facilityId !== facilityId || doc.contentType !== "application/pdf") return null;
  const text = await pdfText(doc.content);
  return text ? { label: doc.label, values: formFromCoaText(text) } : null;
}

/** The rules' advice for each standard, shown to the reviewer beside the clinic's claim. */
export async function adviceFor(db: Executor, actor: Actor, facilityId: string, today: string) {
  assertCan(actor, "review:use");
  const found = await repo.findDossier(db, facilityId);
  if (!found) throw notFound();
  const dossier: FacilityDossier = {
    facility: found,
    clinicians: found.clinicians,
    licences: found.licences,
    programmes: found.programmes.map((p) => ({
      ...p,
      routeDetails: p.routeDetails,
      cellLots: found.cellLots.filter((lot) => lot.programmeId === null || lot.programmeId === p.id),
    })),
  };
  return adviseStandards(dossier, today);
}

export async function addClinician(
  db: Executor,
  actor: Actor,
  facilityId: string,
  values: repo.ClinicianValues,
) {
  assertCan(actor, "portal:use");
  await facilityFor(db, actor, facilityId);
  await db.transaction(async (tx) => {
    const id = await repo.insertClinician(tx, facilityId, values);
    await recordAudit(tx, actor, {
      action: "clinician.added",
      subjectType: "clinician",
      subjectId: id,
      facilityId,
      detail: { role: values.role, specialty: values.specialty },
    });
  });
}

export async function addLicence(db: Executor, actor: Actor, facilityId: string, values: repo.LicenceValues) {
  assertCan(actor, "portal:use");
  await facilityFor(db, actor, facilityId);
  await db.transaction(async (tx) => {
    const id = await repo.insertLicence(tx, facilityId, values);
    await recordAudit(tx, actor, {
      action: "licence.added",
      subjectType: "licence",
      subjectId: id,
      facilityId,
      detail: { kind: values.kind, number: values.number },
    });
  });
}

export async function teamAndLicences(db: Executor, actor: Actor, facilityId: string) {
  await facilityFor(db, actor, facilityId);
  return {
    clinicians: await repo.cliniciansOf(db, facilityId),
    licences: await repo.licencesOf(db, facilityId),
  };
}

/**
 * Adds a programme. It is public only when its facility is and its words carry no high-severity red flag;
 * otherwise it waits for a reviewer, who publishes it when recording a decision.
 */
export async function addProgramme(
  db: Executor,
  actor: Actor,
  facilityId: string,
  p: ProgrammeInput,
  today: string,
) {
  assertCan(actor, "portal:use");
  const facility = await facilityFor(db, actor, facilityId);
  const { columns, routes, items, price } = programmeFromInput(p);
  const published = facility.published && !hasHighSeverityFlag(`${p.ownTextEn}\n\n${p.ownTextEs}`);
  return db.transaction(async (tx) => {
    const id = await repo.insertProgramme(
      tx,
      facilityId,
      slugFor(p.titleEn),
      {
        ...columns,
        priceLowMinor: price?.lowMinor ?? null,
        priceHighMinor: price?.highMinor ?? null,
        priceCurrency: price?.currency ?? null,
        priceAsOf: price ? today : null,
        published,
      },
      routes,
      items,
    );
    await refreshSearchExtra(tx, [facilityId]);
    await refreshNormalizedPrices(tx, [id]);
    await refreshListingRanks(tx, [facilityId]);
    await refreshVocabulary(tx, [id]);
    await recordAudit(tx, actor, {
      action: "programme.added",
      subjectType: "programme",
      subjectId: id,
      facilityId,
      detail: { published, items: items.length },
    });
    return id;
  });
}

export async function programmesFor(db: Executor, actor: Actor, facilityId: string) {
  await facilityFor(db, actor, facilityId);
  return repo.programmesOf(db, facilityId);
}

/** A reviewer accepts or rejects one evidence file, with a note the clinic sees. */
export async function decideDocument(
  db: Executor,
  actor: Actor,
  documentId: string,
  decision: "accepted" | "rejected",
  note: string,
) {
  assertCan(actor, "review:use");
  if (!isUuid(documentId)) throw notFound();
  const doc = await repo.findDocument(db, documentId);
  if (!doc) throw notFound();
  if (decision === "rejected" && note.trim().length < 5) {
    throw new AppError("VALIDATION", "portal.invalid.title", {
      issues: [{ field: `note-${documentId}`, messageKey: "review.invalid.reason" }],
    });
  }
  await db.transaction(async (tx) => {
    await repo.decideDocument(tx, documentId, decision, note.trim().slice(0, 1000));
    await recordAudit(tx, actor, {
      action: `document.${decision}`,
      subjectType: "document",
      subjectId: documentId,
      facilityId: doc.facilityId,
      detail: { note: note.trim().slice(0, 200) },
    });
  });
  return doc.facilityId;
}

/** The facility a document belongs to, for someone allowed to review it. */
export async function documentFacility(db: Executor, actor: Actor, documentId: string) {
  assertCan(actor, "review:use");
  const doc = isUuid(documentId) ? await repo.findDocument(db, documentId) : undefined;
  if (!doc) throw notFound();
  return { facilityId: doc.facilityId };
}
