import { type Currency, PRICE_ITEMS, type PriceItem, type Route } from "../../shared/domain.js";
import { addRanges, type Range } from "./money.js";

/** What a clinic says about one checklist item; an item it says nothing about is "not stated". */
export type StatedItem =
  | { status: "included" }
  | { status: "excluded_priced"; lowMinor: number; highMinor: number }
  | { status: "excluded_unknown" };

export type QuoteItemState = "included" | "excluded_priced" | "excluded_unknown" | "not_stated";

export type QuoteRow = { item: PriceItem; state: QuoteItemState; lowMinor?: number; highMinor?: number };

export type AllInQuote = {
  currency: Currency | null;
  /** The advertised package price, or null when the clinic publishes none. */
  packageRange: Range | null;
  /** Package plus every priced extra; null when there is no package price. */
  allIn: Range | null;
  /** True when a usual item is unknown or not stated, so the real total can only be higher. */
  allInIsLowerBound: boolean;
  items: QuoteRow[];
  /** Usual items whose cost is known (included, or extra with a price). */
  knownCount: number;
  /** Usual items for this programme's routes. */
  totalCount: number;
  /** Usual items not stated, or extra with no price: the costs a family should ask about. */
  hiddenCostWarnings: PriceItem[];
};

/**
 * The items a family should expect to pay for in a programme with these routes. Per-session items for a
 * route the programme does not use are not "usual"; anaesthesia or sedation is usual with a lumbar puncture.
 */
export function usualItems(routes: readonly Route[]): PriceItem[] {
  return PRICE_ITEMS.filter((item) => {
    if (item === "intrathecal_session" || item === "anaesthesia") return routes.includes("intrathecal");
    if (item === "iv_session") return routes.includes("intravenous");
    return true;
  });
}

/**
 * Lays a programme's price against the checklist. "Not stated" and "unknown" are never counted as zero:
 * they make the total a lower bound and raise a hidden-cost warning.
 */
export function buildAllInQuote(input: {
  price: { lowMinor: number; highMinor: number; currency: Currency } | null;
  routes: readonly Route[];
  items: Partial<Record<PriceItem, StatedItem>>;
}): AllInQuote {
  const usual = new Set(usualItems(input.routes));
  const rows: QuoteRow[] = [];
  const extras: Range[] = [];
  const hidden: PriceItem[] = [];
  let known = 0;
  for (const item of PRICE_ITEMS) {
    const stated = input.items[item];
    if (!usual.has(item) && !stated) continue;
    if (!stated) {
      rows.push({ item, state: "not_stated" });
      hidden.push(item);
      continue;
    }
    if (stated.status === "excluded_priced") {
      rows.push({ item, state: "excluded_priced", lowMinor: stated.lowMinor, highMinor: stated.highMinor });
      extras.push({ low: stated.lowMinor, high: stated.highMinor });
      if (usual.has(item)) known++;
    } else if (stated.status === "excluded_unknown") {
      rows.push({ item, state: "excluded_unknown" });
      if (usual.has(item)) hidden.push(item);
    } else {
      rows.push({ item, state: "included" });
      if (usual.has(item)) known++;
    }
  }
  const packageRange = input.price ? { low: input.price.lowMinor, high: input.price.highMinor } : null;
  return {
    currency: input.price?.currency ?? null,
    packageRange,
    allIn: packageRange ? addRanges(packageRange, ...extras) : null,
    allInIsLowerBound: hidden.length > 0,
    items: rows,
    knownCount: known,
    totalCount: usual.size,
    hiddenCostWarnings: hidden,
  };
}
