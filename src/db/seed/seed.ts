import { sql } from "drizzle-orm";
import {
  refreshNormalizedPrices,
  refreshSearchExtra,
  refreshVettingStatuses,
  refreshVocabulary,
} from "../../features/catalogue/catalogue.repo.js";
import { addDays } from "../../shared/clock.js";
import type { Currency, PriceItem, Standard } from "../../shared/domain.js";
import { type Executor, queryRows } from "../client.js";
import * as t from "../schema.js";
import type { DemoFacility, DemoProgramme, RelativeDate } from "./demo-types.js";

/**
 * Fictional demo exchange rates (units per USD), dated a week before the seed runs. They are close to
 * late-2025 market levels only so that conversions look plausible; administrators replace them.
 */
export const DEMO_RATES: Record<Exclude<Currency, "USD">, number> = { MXN: 18.25, CAD: 1.38, EUR: 0.92 };

const on = (today: string, d: RelativeDate | undefined) => (d ? addDays(today, d.daysFromSeed) : null);

/** Rates as integer millionths, so 18.25 becomes exactly 18_250_000. */
export const toMicros = (rate: number) => Math.round(rate * 1_000_000);

export async function seedRates(db: Executor, today: string) {
  const asOf = addDays(today, -7);
  for (const [quote, rate] of Object.entries(DEMO_RATES) as Array<[Currency, number]>) {
    await db
      .insert(t.exchangeRates)
      .values({ base: "USD", quote, rateMicros: toMicros(rate), asOf })
      .onConflictDoNothing();
  }
}

/** Loads the fictional catalogue; every row is marked is_demo. Dates are resolved relative to `today`. */
export async function seedDemoCatalogue(db: Executor, catalogue: readonly DemoFacility[], today: string) {
  await seedRates(db, today);
  for (const f of catalogue) {
    const [facility] = await db
      .insert(t.facilities)
      .values({
        slug: f.slug,
        name: f.name,
        kind: f.kind,
        hasNeurology: f.hasNeurology,
        hasImaging: f.hasImaging,
        hasEmergency: f.hasEmergency,
        hasIcu: f.hasIcu,
        street: f.street,
        city: f.city,
        state: f.state,
        postalCode: f.postalCode,
        phone: f.phone,
        email: f.email,
        website: f.website,
        languages: f.languages,
        accessibility: f.accessibility,
        ownTextEn: f.ownTextEn,
        ownTextEs: f.ownTextEs,
        isDemo: true,
      })
      .returning({ id: t.facilities.id });
    const facilityId = facility!.id;

    if (f.clinicians.length) {
      await db.insert(t.clinicians).values(
        f.clinicians.map((c, i) => ({
          facilityId,
          fullName: c.fullName,
          role: c.role,
          specialty: c.specialty,
          cedulaProfesional: c.cedulaProfesional ?? null,
          cedulaEspecialidad: c.cedulaEspecialidad ?? null,
          certifyingCouncil: c.certifyingCouncil ?? null,
          certificateNumber: c.certificateNumber ?? null,
          certificateIssuedOn: on(today, c.certificateIssuedOn),
          certificateExpiresOn: on(today, c.certificateExpiresOn),
          leadsTeam: c.leadsTeam ?? false,
          performsIntrathecal: c.performsIntrathecal ?? false,
          intrathecalProcedures: c.intrathecalProcedures ?? null,
          languages: c.languages,
          sortOrder: i,
        })),
      );
    }
    if (f.licences.length) {
      await db.insert(t.licences).values(
        f.licences.map((l) => ({
          facilityId,
          authority: l.authority,
          kind: l.kind,
          number: l.number,
          scope: l.scope,
          address: l.address,
          issuedOn: on(today, l.issuedOn),
          expiresOn: on(today, l.expiresOn),
        })),
      );
    }
    await db.insert(t.standardVerifications).values(
      (Object.entries(f.standards) as Array<[Standard, DemoFacility["standards"][Standard]]>).map(
        ([standard, s]) => ({
          facilityId,
          standard,
          status: s.status,
          checkedOn: on(today, s.checkedOn),
          checkedBy: s.checkedBy ?? null,
          reasonEn: s.reasonEn ?? "",
          reasonEs: s.reasonEs ?? "",
          evidence: s.evidence ?? "",
          validUntil: on(today, s.validUntil),
        }),
      ),
    );

    const programmeIds = new Map<string, string>();
    for (const p of f.programmes) {
      const [programme] = await db
        .insert(t.programmes)
        .values({
          slug: p.slug,
          facilityId,
          titleEn: p.titleEn,
          titleEs: p.titleEs,
          ownTextEn: p.ownTextEn,
          ownTextEs: p.ownTextEs,
          cellSource: p.cellSource,
          autologous: p.autologous,
          ptDays: p.ptDays,
          ptMinutesPerDay: p.ptMinutesPerDay,
          ptSetting: p.ptSetting,
          ptIncluded: p.ptIncluded,
          lengthOfStayDays: p.lengthOfStayDays,
          eligibilityEn: p.eligibilityEn,
          eligibilityEs: p.eligibilityEs,
          followUpEn: p.followUpEn,
          followUpEs: p.followUpEs,
          evidenceLevel: p.evidenceLevel,
          priceLowMinor: p.price?.lowMinor ?? null,
          priceHighMinor: p.price?.highMinor ?? null,
          priceCurrency: p.price?.currency ?? null,
          priceAsOf: p.price ? on(today, p.price.asOf) : null,
          routes: [...new Set(p.routes.map((r) => r.route))],
          isDemo: true,
        })
        .returning({ id: t.programmes.id });
      const programmeId = programme!.id;
      programmeIds.set(p.slug, programmeId);
      if (p.routes.length) {
        await db.insert(t.programmeRoutes).values(p.routes.map((r) => ({ programmeId, ...r })));
      }
      const items = Object.entries(p.priceItems) as Array<
        [PriceItem, DemoProgramme["priceItems"][PriceItem]]
      >;
      if (items.length) {
        await db.insert(t.priceItems).values(
          items.map(([item, v]) => ({
            programmeId,
            item,
            status: v!.status,
            lowMinor: v!.status === "excluded_priced" ? v!.lowMinor : null,
            highMinor: v!.status === "excluded_priced" ? v!.highMinor : null,
            noteEn: v!.noteEn ?? "",
            noteEs: v!.noteEs ?? "",
          })),
        );
      }
      const history = [...(p.previousPrices ?? []), ...(p.price ? [p.price] : [])];
      if (history.length) {
        await db.insert(t.priceHistory).values(
          history.map((h) => ({
            programmeId,
            lowMinor: h.lowMinor,
            highMinor: h.highMinor,
            currency: h.currency,
            asOf: on(today, h.asOf)!,
          })),
        );
      }
    }
    if (f.cellLots.length) {
      await db.insert(t.cellLots).values(
        f.cellLots.map((lot) => ({
          facilityId,
          programmeId: lot.programmeSlug ? (programmeIds.get(lot.programmeSlug) ?? null) : null,
          lotCode: lot.lotCode,
          coa: { ...lot.coa, issuedOn: on(today, lot.issuedOn) },
          issuedOn: on(today, lot.issuedOn),
          expiresOn: on(today, lot.expiresOn),
        })),
      );
    }
    if (f.testimonials.length) {
      await db.insert(t.testimonials).values(
        f.testimonials.map((tm) => ({
          facilityId,
          programmeId: tm.programmeSlug ? (programmeIds.get(tm.programmeSlug) ?? null) : null,
          authorLabel: tm.authorLabel,
          language: tm.language,
          body: tm.body,
        })),
      );
    }
  }
  await refreshDerived(db, today);
}

/** Derived columns: search text, USD-normalised prices, public vetting status, typo vocabulary. */
export async function refreshDerived(db: Executor, today: string) {
  await refreshSearchExtra(db);
  await refreshNormalizedPrices(db);
  await refreshVettingStatuses(db, today);
  await refreshVocabulary(db);
}

export async function isEmpty(db: Executor): Promise<boolean> {
  const rows = await queryRows<{ present: boolean }>(
    db,
    sql`select exists (select 1 from facilities) as present`,
  );
  return !rows[0]?.present;
}
