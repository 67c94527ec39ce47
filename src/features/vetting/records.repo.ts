import { and, eq, notInArray, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { cellLots, clinicians, licences, priceItems, programmeRoutes, programmes } from "../../db/schema.js";
import type { PriceItemRecord, ProgrammeRouteRecord } from "./programme-record.js";
import type { ClinicianValues, LicenceValues, NewProgramme } from "./vetting.repo.js";

/** SQL for changing and removing a facility's records; every lookup is scoped to the facility. */

export const findClinician = async (db: Executor, facilityId: string, id: string) =>
  (
    await db
      .select()
      .from(clinicians)
      .where(and(eq(clinicians.id, id), eq(clinicians.facilityId, facilityId)))
      .limit(1)
  )[0];

export async function updateClinician(db: Executor, id: string, values: ClinicianValues) {
  await db.update(clinicians).set(values).where(eq(clinicians.id, id));
}

export async function deleteClinician(db: Executor, id: string) {
  await db.delete(clinicians).where(eq(clinicians.id, id));
}

export const findLicence = async (db: Executor, facilityId: string, id: string) =>
  (
    await db
      .select()
      .from(licences)
      .where(and(eq(licences.id, id), eq(licences.facilityId, facilityId)))
      .limit(1)
  )[0];

export async function updateLicence(db: Executor, id: string, values: LicenceValues) {
  await db.update(licences).set(values).where(eq(licences.id, id));
}

export async function deleteLicence(db: Executor, id: string) {
  await db.delete(licences).where(eq(licences.id, id));
}

export const findLot = async (db: Executor, facilityId: string, id: string) =>
  (
    await db
      .select()
      .from(cellLots)
      .where(and(eq(cellLots.id, id), eq(cellLots.facilityId, facilityId)))
      .limit(1)
  )[0];

/** Another lot of the facility already uses this code (codes are unique per facility). */
export async function lotCodeTaken(db: Executor, facilityId: string, lotCode: string, exceptId: string) {
  const rows = await db
    .select({ id: cellLots.id })
    .from(cellLots)
    .where(and(eq(cellLots.facilityId, facilityId), eq(cellLots.lotCode, lotCode)));
  return rows.some((r) => r.id !== exceptId);
}

export async function updateLot(
  db: Executor,
  id: string,
  values: {
    lotCode: string;
    coa: Record<string, unknown>;
    issuedOn: string | null;
    expiresOn: string | null;
  },
) {
  await db.update(cellLots).set(values).where(eq(cellLots.id, id));
}

export async function deleteLot(db: Executor, id: string) {
  await db.delete(cellLots).where(eq(cellLots.id, id));
}

/** A programme with its routes and price checklist, as the edit form needs it, in one round trip. */
export async function findProgramme(db: Executor, facilityId: string, id: string) {
  const found = await db.query.programmes.findFirst({
    where: and(eq(programmes.id, id), eq(programmes.facilityId, facilityId)),
    with: {
      routeDetails: {
        columns: { route: true, doseCells: true, sessions: true, administeredBy: true, setting: true },
        orderBy: (r, { asc }) => [asc(r.route)],
      },
      priceItems: { columns: { item: true, status: true, lowMinor: true, highMinor: true } },
    },
  });
  if (!found) return undefined;
  const { routeDetails, priceItems: items, ...programme } = found;
  return {
    programme,
    routes: routeDetails as ProgrammeRouteRecord[],
    items: items as PriceItemRecord[],
  };
}

/**
 * Replaces a programme's columns, routes and checklist. Schedule days and item notes are not on the form,
 * so a route or item that stays keeps them.
 */
export async function updateProgramme(
  db: Executor,
  id: string,
  values: Partial<NewProgramme>,
  routes: readonly ProgrammeRouteRecord[],
  items: readonly PriceItemRecord[],
) {
  await db
    .update(programmes)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(programmes.id, id));
  const keptRoutes = routes.map((r) => r.route);
  await db
    .delete(programmeRoutes)
    .where(
      and(
        eq(programmeRoutes.programmeId, id),
        keptRoutes.length ? notInArray(programmeRoutes.route, keptRoutes) : undefined,
      ),
    );
  for (const r of routes) {
    const updated = await db
      .update(programmeRoutes)
      .set(r)
      .where(and(eq(programmeRoutes.programmeId, id), eq(programmeRoutes.route, r.route)))
      .returning({ id: programmeRoutes.id });
    if (!updated.length) await db.insert(programmeRoutes).values({ ...r, programmeId: id });
  }
  const keptItems = items.map((i) => i.item);
  await db
    .delete(priceItems)
    .where(
      and(
        eq(priceItems.programmeId, id),
        keptItems.length ? notInArray(priceItems.item, keptItems) : undefined,
      ),
    );
  if (items.length)
    await db
      .insert(priceItems)
      .values(items.map((i) => ({ ...i, programmeId: id })))
      .onConflictDoUpdate({
        target: [priceItems.programmeId, priceItems.item],
        set: {
          status: sql`excluded.status`,
          lowMinor: sql`excluded.low_minor`,
          highMinor: sql`excluded.high_minor`,
        },
      });
}

export async function deleteProgramme(db: Executor, id: string) {
  await db.delete(programmes).where(eq(programmes.id, id));
}
