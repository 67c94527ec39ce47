import type { Actor } from "../../authz/actor.js";
import { assertCan } from "../../authz/policy.js";
import type { Executor } from "../../db/client.js";
import { AppError, notFound } from "../../shared/errors.js";
import { isUuid } from "../../shared/ids.js";
import { recordAudit } from "../audit/audit.repo.js";
import { refreshNormalizedPrices, refreshVocabulary } from "../catalogue/catalogue.repo.js";
import { type CoaFormValues, coaFromForm, formFromCoa } from "./coa/form.js";
import { priceChange, programmeFormValues, programmeFromInput } from "./programme-record.js";
import * as records from "./records.repo.js";
import { type RecordKind, standardOfRecord, standardsTouchedByProgrammeChange } from "./rules/reopen.js";
import type { ClinicianValues, LicenceValues } from "./vetting.repo.js";
import * as repo from "./vetting.repo.js";
import type { ProgrammeInput } from "./vetting.schemas.js";
import { facilityFor, hasHighSeverityFlag, reopenAfterChange } from "./vetting.service.js";

/**
 * Editing and removing a facility's records in the clinic portal. Each change is audited in its own
 * transaction, and a change to a record a verified standard rests on reopens that standard (see
 * rules/reopen.ts): the facility goes back to the reviewer's queue and loses "vetted" until checked.
 * Removing a programme reopens nothing: what was verified still holds for the programmes that remain.
 */

async function found<T>(row: Promise<T | undefined>): Promise<T> {
  const value = await row;
  if (!value) throw notFound();
  return value;
}

/** What changed between two records, by field name, for the audit log (names only: no values). */
function changedFields(before: Record<string, unknown>, after: Record<string, unknown>) {
  return Object.keys(after).filter(
    (k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null),
  );
}

function auditSubject(kind: RecordKind) {
  return kind === "lot" ? "cell_lot" : kind;
}

// Clinicians and licences: one shape, a finder, an update and a delete each.
type SimpleOps = {
  find: (db: Executor, facilityId: string, id: string) => Promise<Record<string, unknown> | undefined>;
  update: (db: Executor, id: string, values: never) => Promise<void>;
  remove: (db: Executor, id: string) => Promise<void>;
};
const SIMPLE: Record<"clinician" | "licence", SimpleOps> = {
  clinician: {
    find: records.findClinician,
    update: records.updateClinician,
    remove: records.deleteClinician,
  },
  licence: { find: records.findLicence, update: records.updateLicence, remove: records.deleteLicence },
};
type SimpleKind = "clinician" | "licence";

/** A clinician or licence of this facility, for its edit form. */
export async function simpleRecord(
  db: Executor,
  actor: Actor,
  kind: SimpleKind,
  facilityId: string,
  recordId: string,
) {
  assertCan(actor, "portal:use");
  const facility = await facilityFor(db, actor, facilityId);
  if (!isUuid(recordId)) throw notFound();
  const row = await found(SIMPLE[kind].find(db, facilityId, recordId));
  return { facility, row };
}

export async function updateSimpleRecord(
  db: Executor,
  actor: Actor,
  kind: SimpleKind,
  facilityId: string,
  recordId: string,
  values: ClinicianValues | LicenceValues,
  today: string,
) {
  const { row } = await simpleRecord(db, actor, kind, facilityId, recordId);
  const fields = changedFields(row, values as Record<string, unknown>);
  if (!fields.length) return;
  await db.transaction(async (tx) => {
    await SIMPLE[kind].update(tx, recordId, values as never);
    await recordAudit(tx, actor, {
      action: `${kind}.updated`,
      subjectType: auditSubject(kind),
      subjectId: recordId,
      facilityId,
      detail: { fields },
    });
    await reopenAfterChange(tx, actor, facilityId, [standardOfRecord(kind)], today);
  });
}

export async function removeSimpleRecord(
  db: Executor,
  actor: Actor,
  kind: SimpleKind,
  facilityId: string,
  recordId: string,
  today: string,
) {
  const { row } = await simpleRecord(db, actor, kind, facilityId, recordId);
  await db.transaction(async (tx) => {
    await SIMPLE[kind].remove(tx, recordId);
    await recordAudit(tx, actor, {
      action: `${kind}.removed`,
      subjectType: auditSubject(kind),
      subjectId: recordId,
      facilityId,
      detail: kind === "clinician" ? { fullName: row.fullName } : { kind: row.kind, number: row.number },
    });
    await reopenAfterChange(tx, actor, facilityId, [standardOfRecord(kind)], today);
  });
}

/** A lot of this facility with its certificate values as the form shows them. */
export async function lotForEdit(db: Executor, actor: Actor, facilityId: string, lotId: string) {
  assertCan(actor, "portal:use");
  const facility = await facilityFor(db, actor, facilityId);
  if (!isUuid(lotId)) throw notFound();
  const lot = await found(records.findLot(db, facilityId, lotId));
  return { facility, lot, values: formFromCoa(lot.coa, lot) };
}

export async function updateLot(
  db: Executor,
  actor: Actor,
  facilityId: string,
  lotId: string,
  input: { lotCode: string; issuedOn: string | null; expiresOn: string | null; values: CoaFormValues },
  today: string,
) {
  const { lot } = await lotForEdit(db, actor, facilityId, lotId);
  const next = {
    lotCode: input.lotCode,
    coa: coaFromForm(input.values),
    issuedOn: input.issuedOn,
    expiresOn: input.expiresOn,
  };
  const fields = changedFields(lot, next);
  if (!fields.length) return;
  await db.transaction(async (tx) => {
    if (await records.lotCodeTaken(tx, facilityId, input.lotCode, lotId))
      throw new AppError("VALIDATION", "portal.invalid.title", {
        issues: [{ field: "lotCode", messageKey: "portal.lot.duplicate" }],
      });
    await records.updateLot(tx, lotId, next);
    await recordAudit(tx, actor, {
      action: "lot.updated",
      subjectType: "cell_lot",
      subjectId: lotId,
      facilityId,
      detail: { lotCode: input.lotCode, fields },
    });
    await reopenAfterChange(tx, actor, facilityId, [standardOfRecord("lot")], today);
  });
}

export async function removeLot(
  db: Executor,
  actor: Actor,
  facilityId: string,
  lotId: string,
  today: string,
) {
  const { lot } = await lotForEdit(db, actor, facilityId, lotId);
  await db.transaction(async (tx) => {
    await records.deleteLot(tx, lotId);
    await recordAudit(tx, actor, {
      action: "lot.removed",
      subjectType: "cell_lot",
      subjectId: lotId,
      facilityId,
      detail: { lotCode: lot.lotCode },
    });
    await reopenAfterChange(tx, actor, facilityId, [standardOfRecord("lot")], today);
  });
}

/** A programme of this facility with the form's values for what is on file. */
export async function programmeForEdit(db: Executor, actor: Actor, facilityId: string, programmeId: string) {
  assertCan(actor, "portal:use");
  const facility = await facilityFor(db, actor, facilityId);
  if (!isUuid(programmeId)) throw notFound();
  const stored = await found(records.findProgramme(db, facilityId, programmeId));
  return {
    facility,
    ...stored,
    values: programmeFormValues(stored.programme, stored.routes, stored.items),
  };
}

/**
 * Saves a programme's new details. A new price, or a price the clinic confirms as current, is dated today
 * and appended to the price history; the old prices stay in the history. Words with a high-severity red
 * flag take the programme off the public listing until a reviewer has looked.
 */
export async function updateProgramme(
  db: Executor,
  actor: Actor,
  facilityId: string,
  programmeId: string,
  input: ProgrammeInput & { priceConfirmed: boolean },
  today: string,
) {
  const {
    programme,
    routes: routesBefore,
    items: itemsBefore,
  } = await programmeForEdit(db, actor, facilityId, programmeId);
  const { columns, routes, items, price } = programmeFromInput(input);
  const before =
    programme.priceLowMinor !== null && programme.priceHighMinor !== null && programme.priceCurrency
      ? {
          lowMinor: programme.priceLowMinor,
          highMinor: programme.priceHighMinor,
          currency: programme.priceCurrency,
        }
      : null;
  const priceStep = priceChange(before, price, input.priceConfirmed);
  const flagged = hasHighSeverityFlag(`${input.ownTextEn}\n\n${input.ownTextEs}`);
  const wordsChanged = input.ownTextEn !== programme.ownTextEn || input.ownTextEs !== programme.ownTextEs;
  const heldForReview = flagged && wordsChanged && programme.published;
  const touched = standardsTouchedByProgrammeChange(routesBefore, routes);
  const fields = changedFields(programme, columns);
  const itemsKey = (list: readonly { item: string }[]) =>
    JSON.stringify([...list].sort((a, b) => a.item.localeCompare(b.item)));
  const itemsChanged = itemsKey(itemsBefore) !== itemsKey(items);
  if (!fields.length && !touched.length && !itemsChanged && priceStep === "none") return;
  const priceColumns =
    priceStep === "none"
      ? {}
      : {
          priceLowMinor: price?.lowMinor ?? null,
          priceHighMinor: price?.highMinor ?? null,
          priceCurrency: price?.currency ?? null,
          priceAsOf: price ? today : null,
        };
  await db.transaction(async (tx) => {
    await records.updateProgramme(
      tx,
      programmeId,
      { ...columns, ...priceColumns, ...(heldForReview ? { published: false } : {}) },
      routes,
      items,
    );
    if (price && (priceStep === "changed" || priceStep === "confirmed"))
      await repo.appendPriceHistory(tx, programmeId, price, today);
    await refreshNormalizedPrices(tx, [programmeId]);
    await refreshVocabulary(tx, [programmeId]);
    await recordAudit(tx, actor, {
      action: "programme.updated",
      subjectType: "programme",
      subjectId: programmeId,
      facilityId,
      detail: {
        fields: itemsChanged ? [...fields, "priceItems"] : fields,
        price: priceStep,
        ...(priceStep === "changed" && price ? { from: before, to: price } : {}),
        heldForReview,
      },
    });
    if (heldForReview) await repo.setReviewRequested(tx, facilityId, true);
    await reopenAfterChange(tx, actor, facilityId, touched, today);
  });
}

export async function removeProgramme(db: Executor, actor: Actor, facilityId: string, programmeId: string) {
  const { programme } = await programmeForEdit(db, actor, facilityId, programmeId);
  await db.transaction(async (tx) => {
    await records.deleteProgramme(tx, programmeId);
    await recordAudit(tx, actor, {
      action: "programme.removed",
      subjectType: "programme",
      subjectId: programmeId,
      facilityId,
      detail: { titleEn: programme.titleEn, slug: programme.slug },
    });
  });
}
