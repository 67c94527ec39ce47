import { addDays } from "../../shared/clock.js";
import type { Currency, PriceItem, Route } from "../../shared/domain.js";
import { type AllInQuote, buildAllInQuote } from "../costs/quote.js";
import { type Finding, scanText } from "../redflags/engine/index.js";
import { type StructuralFinding, structuralFindings } from "../redflags/engine/structural.js";
import { type CoaResult, checkCoa } from "../vetting/coa/check.js";
import { effectiveStandardStatus } from "../vetting/status.js";
import type { Listing } from "./catalogue.repo.js";
import { PRICE_FRESH_DAYS } from "./catalogue.service.js";

/** Everything a listing, compare column or dossier shows, derived once from the stored listing. */
export type ListingView = {
  listing: Listing;
  today: string;
  quote: AllInQuote;
  priceStale: boolean;
  ownText: { text: string; lang: "en" | "es" };
  /** Red flags in the clinic's own words, explained in the reader's language. */
  ownFindings: Finding[];
  /** Red flags in the listing's data (no verified physician, no licence, no COA, no therapy…). */
  dataFindings: StructuralFinding[];
  testimonials: Array<Listing["facility"]["testimonials"][number] & { findings: Finding[] }>;
  lots: LotView[];
};

export type LotView = {
  lotCode: string;
  laboratory: string | null;
  issuedOn: string | null;
  expiresOn: string | null;
  expired: boolean;
  check: CoaResult;
};

/**
 * The reference adult weight for the per-kilogram endotoxin limit on a public listing; a patient's own
 * weight is used when a reviewer checks a lot for a real request.
 */
export const REFERENCE_WEIGHT_KG = 70;

/** Each lot for this programme checked against the COA contract, for its strictest route and largest dose. */
export function lotViews(listing: Listing, today: string): LotView[] {
  const route = listing.routes.includes("intrathecal") ? "intrathecal" : "intravenous";
  const doses = listing.routeDetails.map((r) => r.doseCells).filter((d): d is number => d !== null);
  const doseCells = doses.length ? Math.max(...doses) : null;
  const lots = listing.facility.cellLots.filter(
    (lot) => lot.programmeId === null || lot.programmeId === listing.id,
  );
  return lots.map((lot) => {
    const coa = lot.coa as { laboratory?: { name?: unknown } } | null;
    return {
      lotCode: lot.lotCode,
      laboratory: typeof coa?.laboratory?.name === "string" ? coa.laboratory.name : null,
      issuedOn: lot.issuedOn,
      expiresOn: lot.expiresOn,
      expired: lot.expiresOn !== null && lot.expiresOn < today,
      check: checkCoa(lot.coa, { route, weightKg: REFERENCE_WEIGHT_KG, doseCells }),
    };
  });
}

export function quoteFor(listing: Listing): AllInQuote {
  const items: Parameters<typeof buildAllInQuote>[0]["items"] = {};
  for (const row of listing.priceItems) {
    const item = row.item as PriceItem;
    if (row.status === "excluded_priced" && row.lowMinor !== null && row.highMinor !== null) {
      items[item] = { status: "excluded_priced", lowMinor: row.lowMinor, highMinor: row.highMinor };
    } else if (row.status === "included" || row.status === "excluded_unknown") {
      items[item] = { status: row.status };
    }
  }
  const price =
    listing.priceLowMinor !== null && listing.priceHighMinor !== null && listing.priceCurrency
      ? {
          lowMinor: listing.priceLowMinor,
          highMinor: listing.priceHighMinor,
          currency: listing.priceCurrency as Currency,
        }
      : null;
  return buildAllInQuote({ price, routes: listing.routes as Route[], items });
}

export function listingView(listing: Listing, locale: "en" | "es", today: string): ListingView {
  const staleBefore = addDays(today, -PRICE_FRESH_DAYS);
  // Show the clinic's words in the reader's language when the clinic wrote them, else in the language it used.
  const primary = locale === "es" ? listing.ownTextEs : listing.ownTextEn;
  const fallback = locale === "es" ? listing.ownTextEn : listing.ownTextEs;
  const ownText = primary
    ? { text: primary, lang: locale }
    : { text: fallback, lang: locale === "es" ? ("en" as const) : ("es" as const) };
  const testimonials = listing.facility.testimonials
    .filter((tm) => tm.programmeId === null || tm.programmeId === listing.id)
    .map((tm) => ({ ...tm, findings: scanText(tm.body, { locale }).findings }));
  const lots = lotViews(listing, today);
  const team = listing.facility.standards.find((st) => st.standard === "specialist_team");
  const dataFindings = structuralFindings(
    {
      leadPhysicianVerified:
        team !== undefined &&
        effectiveStandardStatus(team, today) === "verified" &&
        listing.facility.clinicians.some((c) => c.leadsTeam),
      licenceKinds: listing.facility.licences
        .filter((l) => !l.expiresOn || l.expiresOn >= today)
        .map((l) => l.kind),
      lotOutcomes: lots.filter((l) => !l.expired).map((l) => l.check.verdict),
      ptIncluded: listing.ptIncluded,
      ptDays: listing.ptDays,
      ptMinutesPerDay: listing.ptMinutesPerDay,
      hasPrice: listing.priceLowMinor !== null,
      priceItemsListed: listing.priceItems.length,
      testimonials: testimonials.length,
    },
    locale,
  );
  return {
    listing,
    today,
    quote: quoteFor(listing),
    priceStale: listing.priceAsOf !== null && listing.priceAsOf < staleBefore,
    ownText,
    ownFindings: ownText.text ? scanText(ownText.text, { locale }).findings : [],
    testimonials,
    lots,
    dataFindings,
  };
}
