import type { Actor } from "../../authz/actor.js";
import type { Executor } from "../../db/client.js";
import { AppError } from "../../shared/errors.js";
import * as catalogueRepo from "../catalogue/catalogue.repo.js";
import { loadRateTable } from "../catalogue/catalogue.service.js";
import { quoteFor } from "../catalogue/listing-view.js";
import { type Estimate, estimateTrip } from "./estimate.js";
import type { EstimateParams } from "./estimate.schemas.js";
import { convertRange, type Range, type RateTable } from "./money.js";

export type EstimateResult = { estimate: Estimate; listing: catalogueRepo.Listing; rates: RateTable };

export async function requireRates(db: Executor): Promise<RateTable> {
  const rates = await loadRateTable(db);
  if (!rates) throw new AppError("CONFLICT", "estimate.noRates");
  return rates;
}

/** The total-trip estimate for one published programme. An unknown programme is the user's input error. */
export async function estimateForProgramme(
  db: Executor,
  _actor: Actor,
  params: EstimateParams & { slug: string },
): Promise<EstimateResult> {
  const [listing, rates] = [await catalogueRepo.findListing(db, params.slug), await requireRates(db)];
  if (!listing) {
    throw new AppError("VALIDATION", "estimate.invalid.title", {
      issues: [{ field: "p", messageKey: "estimate.invalid.unknownProgramme" }],
    });
  }
  // Typed figures are converted outwards from the currency they were typed in.
  const typed = (r: Range | undefined) =>
    r ? convertRange(r, params.amountsIn, params.currency, rates) : undefined;
  const estimate = estimateTrip(
    {
      currency: params.currency,
      programme: { quote: quoteFor(listing), lengthOfStayDays: listing.lengthOfStayDays },
      extraNights: params.extraNights,
      companions: params.companions,
      room: params.room,
      origin: params.origin,
      flightPerPerson: typed(params.flightPerPerson),
      lodgingPerNight: typed(params.lodgingPerNight),
      mealsPerPersonDay: typed(params.mealsPerPersonDay),
      ptWeeks: params.ptWeeks,
      ptPerWeek: typed(params.ptPerWeek),
      insurance: params.insurance,
      accessibleTransport: params.accessibleTransport,
    },
    rates,
  );
  return { estimate, listing, rates };
}

export const listProgrammeChoices = (db: Executor) => catalogueRepo.listProgrammeChoices(db, 300);
