import { PRICE_ITEMS, type PriceItem, type PriceItemStatus, type Route } from "../../shared/domain.js";
import { AppError } from "../../shared/errors.js";
import { parseCoaNumber } from "./coa/numbers.js";
import type { ProgrammeInput } from "./vetting.schemas.js";

/**
 * The mapping between the portal's programme form and the stored programme, both ways. Pure: the service
 * adds the database; the form works in whole units of the price currency, the store in minor units.
 */

const MINOR_PER_UNIT = 100; // USD, MXN, CAD and EUR all have two decimals.

export type ProgrammeRouteRecord = {
  route: Route;
  doseCells: number | null;
  sessions: number;
  administeredBy: ProgrammeInput["itInjector"];
  setting: ProgrammeInput["itSetting"];
};
export type PriceItemRecord = {
  item: PriceItem;
  status: PriceItemStatus;
  lowMinor: number | null;
  highMinor: number | null;
};

const parseCells = (text: string | null) => (text === null ? null : parseCoaNumber(text));

/** The routes, price checklist and programme columns from a validated form; a dose it cannot read is refused. */
export function programmeFromInput(p: ProgrammeInput) {
  const itDose = parseCells(p.itDose);
  const ivDose = parseCells(p.ivDose);
  if ((p.itDose !== null && itDose === null) || (p.ivDose !== null && ivDose === null)) {
    throw new AppError("VALIDATION", "portal.invalid.title", {
      issues: [
        {
          field: p.itDose !== null && itDose === null ? "itDose" : "ivDose",
          messageKey: "portal.programme.invalidCells",
        },
      ],
    });
  }
  const routes: ProgrammeRouteRecord[] = [
    ...(p.itOffered
      ? [
          {
            route: "intrathecal" as const,
            doseCells: itDose,
            sessions: p.itSessions ?? 1,
            administeredBy: p.itInjector,
            setting: p.itSetting,
          },
        ]
      : []),
    ...(p.ivOffered
      ? [
          {
            route: "intravenous" as const,
            doseCells: ivDose,
            sessions: p.ivSessions ?? 1,
            administeredBy: p.ivInjector,
            setting: p.ivSetting,
          },
        ]
      : []),
  ];
  const record = p as Record<string, unknown>;
  const items: PriceItemRecord[] = PRICE_ITEMS.filter((item) => record[`item_${item}`] !== "not_stated").map(
    (item) => {
      const status = record[`item_${item}`] as PriceItemStatus;
      const priced = status === "excluded_priced";
      return {
        item,
        status,
        lowMinor: priced ? (record[`item_${item}_low`] as number) * MINOR_PER_UNIT : null,
        highMinor: priced ? (record[`item_${item}_high`] as number) * MINOR_PER_UNIT : null,
      };
    },
  );
  const hasPrice = typeof p.priceLow === "number" && typeof p.priceHigh === "number";
  const columns = {
    titleEn: p.titleEn,
    titleEs: p.titleEs,
    ownTextEn: p.ownTextEn,
    ownTextEs: p.ownTextEs,
    cellSource: p.cellSource,
    autologous: p.autologous === "" ? null : p.autologous === "yes",
    ptDays: p.ptDays ?? 0,
    ptMinutesPerDay: p.ptMinutesPerDay ?? 0,
    ptSetting: p.ptSetting,
    ptIncluded: p.ptIncluded,
    lengthOfStayDays: p.lengthOfStayDays,
    eligibilityEn: p.eligibilityEn,
    eligibilityEs: p.eligibilityEs,
    followUpEn: p.followUpEn,
    followUpEs: p.followUpEs,
    evidenceLevel: p.evidenceLevel,
    routes: routes.map((r) => r.route),
  };
  const price = hasPrice
    ? {
        lowMinor: (p.priceLow as number) * MINOR_PER_UNIT,
        highMinor: (p.priceHigh as number) * MINOR_PER_UNIT,
        currency: p.priceCurrency,
      }
    : null;
  return { columns, routes, items, price };
}

export type StoredPrice = { lowMinor: number; highMinor: number; currency: string } | null;

/** A new price, or a price the clinic confirms as current, is dated today and enters the history. */
export function priceChange(
  before: StoredPrice,
  after: StoredPrice,
  confirmedCurrent: boolean,
): "none" | "changed" | "confirmed" | "withdrawn" {
  if (!after) return before ? "withdrawn" : "none";
  if (
    !before ||
    before.lowMinor !== after.lowMinor ||
    before.highMinor !== after.highMinor ||
    before.currency !== after.currency
  )
    return "changed";
  return confirmedCurrent ? "confirmed" : "none";
}

type StoredProgramme = {
  titleEn: string;
  titleEs: string;
  ownTextEn: string;
  ownTextEs: string;
  cellSource: string;
  autologous: boolean | null;
  ptDays: number;
  ptMinutesPerDay: number;
  ptSetting: string;
  ptIncluded: boolean;
  lengthOfStayDays: number | null;
  eligibilityEn: string;
  eligibilityEs: string;
  followUpEn: string;
  followUpEs: string;
  evidenceLevel: string;
  priceLowMinor: number | null;
  priceHighMinor: number | null;
  priceCurrency: string | null;
};

/** Where and by whom each route's cells are given, as the form starts before the clinic chooses. */
export const ROUTE_FORM_DEFAULTS = {
  itSetting: "hospital_operating_room",
  itInjector: "neurologist",
  ivSetting: "hospital_ward",
  ivInjector: "nurse",
} as const;

const units = (minor: number | null) => (minor === null ? "" : String(minor / MINOR_PER_UNIT));
const count = (n: number | null) => (n === null ? "" : String(n));

/** The form's values for a stored programme, so the clinic edits what is on file. */
export function programmeFormValues(
  p: StoredProgramme,
  routes: readonly ProgrammeRouteRecord[],
  items: readonly PriceItemRecord[],
): Record<string, string> {
  const values: Record<string, string> = {
    titleEn: p.titleEn,
    titleEs: p.titleEs,
    ownTextEn: p.ownTextEn,
    ownTextEs: p.ownTextEs,
    cellSource: p.cellSource,
    autologous: p.autologous === null ? "" : p.autologous ? "yes" : "no",
    ptIncluded: p.ptIncluded ? "on" : "",
    ptDays: String(p.ptDays),
    ptMinutesPerDay: String(p.ptMinutesPerDay),
    ptSetting: p.ptSetting,
    lengthOfStayDays: count(p.lengthOfStayDays),
    eligibilityEn: p.eligibilityEn,
    eligibilityEs: p.eligibilityEs,
    followUpEn: p.followUpEn,
    followUpEs: p.followUpEs,
    evidenceLevel: p.evidenceLevel,
    priceLow: units(p.priceLowMinor),
    priceHigh: units(p.priceHighMinor),
    priceCurrency: p.priceCurrency ?? "USD",
    // A route not offered keeps the add form's defaults, ready if the clinic ticks it.
    ...ROUTE_FORM_DEFAULTS,
  };
  for (const r of routes) {
    const prefix = r.route === "intrathecal" ? "it" : "iv";
    values[`${prefix}Offered`] = "on";
    values[`${prefix}Dose`] = r.doseCells === null ? "" : String(r.doseCells);
    values[`${prefix}Sessions`] = String(r.sessions);
    values[`${prefix}Setting`] = r.setting;
    values[`${prefix}Injector`] = r.administeredBy;
  }
  for (const item of PRICE_ITEMS) values[`item_${item}`] = "not_stated";
  for (const i of items) {
    values[`item_${i.item}`] = i.status;
    values[`item_${i.item}_low`] = units(i.lowMinor);
    values[`item_${i.item}_high`] = units(i.highMinor);
  }
  return values;
}
