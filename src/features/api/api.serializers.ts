import { STANDARDS } from "../../shared/domain.js";
import type { findFacility, Listing, SearchRow } from "../catalogue/catalogue.repo.js";
import type { ListingView } from "../catalogue/listing-view.js";
import { effectiveStandardStatus } from "../vetting/status.js";

/** Public JSON shapes: explicit fields only, so nothing internal leaks when the schema grows. */

export function searchRowJson(row: SearchRow) {
  return {
    slug: row.slug,
    title: { en: row.title_en, es: row.title_es },
    cellSource: row.cell_source,
    autologous: row.autologous,
    routes: row.routes,
    physicalTherapy: { included: row.pt_included, days: row.pt_days, minutesPerDay: row.pt_minutes_per_day },
    price:
      row.price_low_minor === null
        ? null
        : {
            lowMinor: row.price_low_minor,
            highMinor: row.price_high_minor,
            currency: row.price_currency,
            asOf: row.price_as_of,
          },
    evidenceLevel: row.evidence_level,
    facility: {
      slug: row.facility_slug,
      name: row.facility_name,
      kind: row.facility_kind,
      city: row.city,
      state: row.state,
      vettingStatus: row.vetting_status,
      languages: row.languages,
    },
    isDemo: row.is_demo,
  };
}

function standardsJson(standards: Listing["facility"]["standards"], today: string) {
  return STANDARDS.map((standard) => {
    const r = standards.find((s) => s.standard === standard);
    return {
      standard,
      status: r ? effectiveStandardStatus(r, today) : "missing",
      checkedOn: r?.checkedOn ?? null,
      checkedBy: r?.checkedBy ?? null,
      validUntil: r?.validUntil ?? null,
      reason: r ? { en: r.reasonEn, es: r.reasonEs } : null,
    };
  });
}

function cliniciansJson(clinicians: Listing["facility"]["clinicians"]) {
  return clinicians.map((c) => ({
    fullName: c.fullName,
    role: c.role,
    specialty: c.specialty,
    cedulaProfesional: c.cedulaProfesional,
    certifyingCouncil: c.certifyingCouncil,
    certificateExpiresOn: c.certificateExpiresOn,
    leadsTeam: c.leadsTeam,
    performsIntrathecal: c.performsIntrathecal,
    intrathecalProcedures: c.intrathecalProcedures,
  }));
}

export function listingJson(view: ListingView) {
  const p = view.listing;
  const f = p.facility;
  return {
    slug: p.slug,
    title: { en: p.titleEn, es: p.titleEs },
    condition: p.condition,
    cellSource: p.cellSource,
    autologous: p.autologous,
    routes: p.routeDetails.map((r) => ({
      route: r.route,
      doseCells: r.doseCells,
      sessions: r.sessions,
      scheduleDays: r.scheduleDays,
      administeredBy: r.administeredBy,
      setting: r.setting,
    })),
    physicalTherapy: {
      days: p.ptDays,
      minutesPerDay: p.ptMinutesPerDay,
      setting: p.ptSetting,
      included: p.ptIncluded,
    },
    lengthOfStayDays: p.lengthOfStayDays,
    eligibility: { en: p.eligibilityEn, es: p.eligibilityEs },
    followUp: { en: p.followUpEn, es: p.followUpEs },
    evidenceLevel: p.evidenceLevel,
    price:
      p.priceLowMinor === null
        ? null
        : {
            lowMinor: p.priceLowMinor,
            highMinor: p.priceHighMinor,
            currency: p.priceCurrency,
            asOf: p.priceAsOf,
            possiblyOutOfDate: view.priceStale,
          },
    quote: view.quote,
    priceHistory: p.priceHistory.map((h) => ({
      lowMinor: h.lowMinor,
      highMinor: h.highMinor,
      currency: h.currency,
      asOf: h.asOf,
    })),
    ownText: { en: p.ownTextEn, es: p.ownTextEs },
    facility: {
      slug: f.slug,
      name: f.name,
      kind: f.kind,
      city: f.city,
      state: f.state,
      vettingStatus: f.vettingStatus,
      standards: standardsJson(f.standards, view.today),
      team: cliniciansJson(f.clinicians),
    },
    isDemo: p.isDemo,
  };
}

type Facility = NonNullable<Awaited<ReturnType<typeof findFacility>>>;

export function facilityJson(f: Facility, today: string) {
  return {
    slug: f.slug,
    name: f.name,
    kind: f.kind,
    services: { neurology: f.hasNeurology, imaging: f.hasImaging, emergency: f.hasEmergency, icu: f.hasIcu },
    address: { street: f.street, city: f.city, state: f.state, postalCode: f.postalCode, country: f.country },
    languages: f.languages,
    accessibility: f.accessibility,
    vettingStatus: f.vettingStatus,
    standards: standardsJson(f.standards, today),
    team: cliniciansJson(f.clinicians),
    licences: f.licences.map((l) => ({
      authority: l.authority,
      kind: l.kind,
      number: l.number,
      scope: l.scope,
      address: l.address,
      issuedOn: l.issuedOn,
      expiresOn: l.expiresOn,
    })),
    programmes: f.programmes.map((p) => ({ slug: p.slug, title: { en: p.titleEn, es: p.titleEs } })),
    isDemo: f.isDemo,
  };
}
