import { and, asc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import {
  cellLots,
  clinicians,
  documents,
  facilities,
  licences,
  memberships,
  priceHistory,
  priceItems,
  programmeRoutes,
  programmes,
  standardVerifications,
  users,
} from "../../db/schema.js";
import { type FacilityKind, STANDARDS, type Standard, type StandardStatus } from "../../shared/domain.js";

export type FacilityBasics = {
  name: string;
  kind: FacilityKind;
  street: string;
  city: string;
  state: string;
  postalCode: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  hasNeurology: boolean;
  hasImaging: boolean;
  hasEmergency: boolean;
  hasIcu: boolean;
  ownTextEn: string;
  ownTextEs: string;
};

export async function insertFacility(db: Executor, slug: string, basics: FacilityBasics) {
  // Not public until a reviewer has looked at it.
  const [row] = await db
    .insert(facilities)
    .values({ slug, ...basics, published: false })
    .returning({ id: facilities.id });
  await db
    .insert(standardVerifications)
    .values(STANDARDS.map((standard) => ({ facilityId: row!.id, standard, status: "missing" as const })));
  return row!.id;
}

export async function updateFacility(db: Executor, id: string, basics: FacilityBasics) {
  await db
    .update(facilities)
    .set({ ...basics, updatedAt: sql`now()` })
    .where(eq(facilities.id, id));
}

export const findFacilityById = async (db: Executor, id: string) =>
  (await db.select().from(facilities).where(eq(facilities.id, id)).limit(1))[0];

export function facilitiesByIds(db: Executor, ids: readonly string[]) {
  if (!ids.length) return Promise.resolve([]);
  return db
    .select()
    .from(facilities)
    .where(inArray(facilities.id, [...ids]))
    .orderBy(asc(facilities.name));
}

export function standardsOf(db: Executor, facilityId: string) {
  return db.select().from(standardVerifications).where(eq(standardVerifications.facilityId, facilityId));
}

export async function claimStandard(db: Executor, facilityId: string, standard: Standard, claimText: string) {
  await db
    .update(standardVerifications)
    .set({
      claimText,
      status: sql`case when ${standardVerifications.status} = 'verified' then 'verified' else 'claimed' end`,
      infoRequested: false,
    })
    .where(
      and(eq(standardVerifications.facilityId, facilityId), eq(standardVerifications.standard, standard)),
    );
}

export async function decideStandard(
  db: Executor,
  facilityId: string,
  standard: Standard,
  decision: {
    status: StandardStatus;
    infoRequested: boolean;
    reasonEn: string;
    reasonEs: string;
    evidence: string;
    validUntil: string | null;
    checkedOn: string;
    checkedBy: string;
  },
) {
  await db
    .update(standardVerifications)
    .set(decision)
    .where(
      and(eq(standardVerifications.facilityId, facilityId), eq(standardVerifications.standard, standard)),
    );
}

export async function setReviewRequested(db: Executor, facilityId: string, requested: boolean) {
  await db
    .update(facilities)
    .set({ reviewRequestedAt: requested ? sql`now()` : null })
    .where(eq(facilities.id, facilityId));
}

/** The reviewer queue: facilities waiting for review, oldest request first. */
export function reviewQueue(db: Executor, filter: { city?: string }) {
  return db
    .select({
      id: facilities.id,
      name: facilities.name,
      city: facilities.city,
      status: facilities.vettingStatus,
      requestedAt: facilities.reviewRequestedAt,
    })
    .from(facilities)
    .where(
      and(
        isNotNull(facilities.reviewRequestedAt),
        filter.city ? eq(facilities.city, filter.city) : undefined,
      ),
    )
    .orderBy(asc(facilities.reviewRequestedAt));
}

export function staffEmails(db: Executor, facilityId: string) {
  return db
    .select({ email: users.email, locale: users.locale })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.facilityId, facilityId));
}

export async function insertDocument(
  db: Executor,
  values: {
    facilityId: string;
    standard: Standard;
    label: string;
    contentType: string;
    content: Buffer;
    sha256: string;
    uploadedBy: string | null;
  },
) {
  const [row] = await db
    .insert(documents)
    .values({ ...values, sizeBytes: values.content.length })
    .returning({ id: documents.id });
  return row!.id;
}

/** Metadata only: the bytes are read when someone downloads the file. */
export function documentsOf(db: Executor, facilityId: string) {
  return db
    .select({
      id: documents.id,
      standard: documents.standard,
      label: documents.label,
      contentType: documents.contentType,
      sizeBytes: documents.sizeBytes,
      createdAt: documents.createdAt,
      reviewStatus: documents.reviewStatus,
      reviewNote: documents.reviewNote,
    })
    .from(documents)
    .where(eq(documents.facilityId, facilityId))
    .orderBy(asc(documents.createdAt));
}

export const findDocument = async (db: Executor, id: string) =>
  (await db.select().from(documents).where(eq(documents.id, id)).limit(1))[0];

export async function setPublished(db: Executor, facilityId: string, published: boolean) {
  await db.update(facilities).set({ published }).where(eq(facilities.id, facilityId));
}

export async function insertLot(
  db: Executor,
  values: {
    facilityId: string;
    lotCode: string;
    coa: Record<string, unknown>;
    issuedOn: string | null;
    expiresOn: string | null;
  },
) {
  const [row] = await db.insert(cellLots).values(values).onConflictDoNothing().returning({ id: cellLots.id });
  return row?.id;
}

export function lotsOf(db: Executor, facilityId: string) {
  return db.select().from(cellLots).where(eq(cellLots.facilityId, facilityId)).orderBy(asc(cellLots.lotCode));
}

/** Everything the vetting rules look at for one facility, in one relational query. */
export function findDossier(db: Executor, facilityId: string) {
  return db.query.facilities.findFirst({
    where: eq(facilities.id, facilityId),
    with: {
      clinicians: true,
      licences: true,
      cellLots: true,
      programmes: { with: { routeDetails: true } },
    },
  });
}

export type ClinicianValues = Omit<
  typeof clinicians.$inferInsert,
  "id" | "facilityId" | "languages" | "sortOrder"
>;
export type LicenceValues = Omit<typeof licences.$inferInsert, "id" | "facilityId">;

export async function insertClinician(db: Executor, facilityId: string, values: ClinicianValues) {
  const [row] = await db
    .insert(clinicians)
    .values({ ...values, facilityId })
    .returning({ id: clinicians.id });
  return row!.id;
}

export async function insertLicence(db: Executor, facilityId: string, values: LicenceValues) {
  const [row] = await db
    .insert(licences)
    .values({ ...values, facilityId })
    .returning({ id: licences.id });
  return row!.id;
}

export function cliniciansOf(db: Executor, facilityId: string) {
  return db
    .select()
    .from(clinicians)
    .where(eq(clinicians.facilityId, facilityId))
    .orderBy(asc(clinicians.fullName));
}

export function licencesOf(db: Executor, facilityId: string) {
  return db.select().from(licences).where(eq(licences.facilityId, facilityId)).orderBy(asc(licences.kind));
}

export type NewProgramme = Omit<typeof programmes.$inferInsert, "id" | "facilityId" | "slug">;

/** A programme with its routes, price checklist and first price-history entry. */
export async function insertProgramme(
  db: Executor,
  facilityId: string,
  slug: string,
  values: NewProgramme,
  routes: Array<Omit<typeof programmeRoutes.$inferInsert, "programmeId">>,
  items: Array<Omit<typeof priceItems.$inferInsert, "programmeId">>,
) {
  const [row] = await db
    .insert(programmes)
    .values({ ...values, slug, facilityId })
    .returning({ id: programmes.id });
  const programmeId = row!.id;
  if (routes.length) await db.insert(programmeRoutes).values(routes.map((r) => ({ ...r, programmeId })));
  if (items.length) await db.insert(priceItems).values(items.map((i) => ({ ...i, programmeId })));
  if (
    values.priceLowMinor != null &&
    values.priceHighMinor != null &&
    values.priceCurrency &&
    values.priceAsOf
  ) {
    const price = {
      lowMinor: values.priceLowMinor,
      highMinor: values.priceHighMinor,
      currency: values.priceCurrency,
    };
    await appendPriceHistory(db, programmeId, price, values.priceAsOf);
  }
  return programmeId;
}

/** Every advertised price is kept: the listing shows the history. */
export async function appendPriceHistory(
  db: Executor,
  programmeId: string,
  price: { lowMinor: number; highMinor: number; currency: string },
  asOf: string,
) {
  await db.insert(priceHistory).values({
    programmeId,
    lowMinor: price.lowMinor,
    highMinor: price.highMinor,
    currency: price.currency as typeof priceHistory.$inferInsert.currency,
    asOf,
  });
}

export function programmesOf(db: Executor, facilityId: string) {
  return db
    .select({
      id: programmes.id,
      slug: programmes.slug,
      titleEn: programmes.titleEn,
      titleEs: programmes.titleEs,
      published: programmes.published,
    })
    .from(programmes)
    .where(eq(programmes.facilityId, facilityId))
    .orderBy(asc(programmes.titleEn));
}

/** Publishes the facility's programmes whose words carry no high-severity red flag (a reviewer has looked). */
export async function publishProgrammes(
  db: Executor,
  facilityId: string,
  isClean: (text: string) => boolean,
) {
  const rows = await db
    .select({ id: programmes.id, en: programmes.ownTextEn, es: programmes.ownTextEs })
    .from(programmes)
    .where(and(eq(programmes.facilityId, facilityId), eq(programmes.published, false)));
  const clean = rows.filter((r) => isClean(`${r.en}\n\n${r.es}`)).map((r) => r.id);
  if (clean.length) await db.update(programmes).set({ published: true }).where(inArray(programmes.id, clean));
  return clean.length;
}

export async function decideDocument(
  db: Executor,
  documentId: string,
  status: "accepted" | "rejected",
  note: string,
) {
  await db
    .update(documents)
    .set({ reviewStatus: status, reviewNote: note })
    .where(eq(documents.id, documentId));
}

/**
 * Verified standards resting on a changed record go back to "claimed", with the reason the clinic and the
 * public see. Returns the standards that were verified and are now reopened.
 */
export async function reopenStandards(
  db: Executor,
  facilityId: string,
  standards: readonly Standard[],
  reason: { en: string; es: string },
) {
  if (!standards.length) return [];
  const rows = await db
    .update(standardVerifications)
    .set({ status: "claimed", reasonEn: reason.en, reasonEs: reason.es, infoRequested: false })
    .where(
      and(
        eq(standardVerifications.facilityId, facilityId),
        inArray(standardVerifications.standard, [...standards]),
        eq(standardVerifications.status, "verified"),
      ),
    )
    .returning({ standard: standardVerifications.standard });
  return rows.map((r) => r.standard);
}
