import { describe, expect, it } from "vitest";
import { PRICE_ITEMS } from "../../shared/domain.js";
import { buildAllInQuote, usualItems } from "./quote.js";

const price = { lowMinor: 1_500_000, highMinor: 2_000_000, currency: "USD" as const };

describe("usualItems", () => {
  it("expects per-session items only for the routes used", () => {
    expect(usualItems(["intravenous"])).not.toContain("intrathecal_session");
    expect(usualItems(["intravenous"])).not.toContain("anaesthesia");
    expect(usualItems(["intrathecal", "intravenous"])).toEqual([...PRICE_ITEMS]);
  });
});

describe("buildAllInQuote", () => {
  it("adds priced extras to the package and counts what is known", () => {
    const items = Object.fromEntries(PRICE_ITEMS.map((i) => [i, { status: "included" as const }]));
    items.imaging = { status: "excluded_priced", lowMinor: 30_000, highMinor: 50_000 } as never;
    const quote = buildAllInQuote({ price, routes: ["intrathecal", "intravenous"], items });
    expect(quote.allIn).toEqual({ low: 1_530_000, high: 2_050_000 });
    expect(quote.allInIsLowerBound).toBe(false);
    expect(quote.knownCount).toBe(PRICE_ITEMS.length);
    expect(quote.totalCount).toBe(PRICE_ITEMS.length);
    expect(quote.hiddenCostWarnings).toEqual([]);
  });

  it("never counts not-stated or unknown items as zero", () => {
    const quote = buildAllInQuote({
      price,
      routes: ["intrathecal"],
      items: { cell_processing: { status: "included" }, hospital_nights: { status: "excluded_unknown" } },
    });
    expect(quote.allIn).toEqual({ low: 1_500_000, high: 2_000_000 });
    expect(quote.allInIsLowerBound).toBe(true);
    expect(quote.knownCount).toBe(1);
    expect(quote.hiddenCostWarnings).toContain("hospital_nights");
    expect(quote.hiddenCostWarnings).toContain("anaesthesia");
    expect(quote.hiddenCostWarnings).not.toContain("iv_session");
    expect(quote.items.find((r) => r.item === "imaging")?.state).toBe("not_stated");
  });

  it("shows a stated item for a route the programme does not use, without counting it", () => {
    const quote = buildAllInQuote({
      price,
      routes: ["intravenous"],
      items: { intrathecal_session: { status: "included" } },
    });
    expect(quote.items.some((r) => r.item === "intrathecal_session")).toBe(true);
    expect(quote.totalCount).toBe(PRICE_ITEMS.length - 2);
    expect(quote.knownCount).toBe(0);
  });

  it("has no total without a published price", () => {
    const quote = buildAllInQuote({ price: null, routes: ["intravenous"], items: {} });
    expect(quote.allIn).toBeNull();
    expect(quote.currency).toBeNull();
    expect(quote.hiddenCostWarnings.length).toBe(quote.totalCount);
  });
});
