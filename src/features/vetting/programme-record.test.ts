import { describe, expect, it } from "vitest";
import { priceChange, programmeFormValues, programmeFromInput } from "./programme-record.js";
import { type ProgrammeInput, ProgrammeSchema, parseVettingForm } from "./vetting.schemas.js";

const parse = (values: Record<string, string>) => parseVettingForm(ProgrammeSchema, values) as ProgrammeInput;

const form = {
  titleEn: "Demo programme with rehabilitation",
  titleEs: "Programa demo con rehabilitación",
  ownTextEn: "Experimental; not a cure.",
  ownTextEs: "Experimental; no es una cura.",
  cellSource: "umbilical_cord",
  autologous: "no",
  evidenceLevel: "experimental_phase1_safety",
  itOffered: "on",
  itDose: "100000000",
  itSessions: "2",
  itSetting: "hospital_operating_room",
  itInjector: "anesthesiologist",
  ivSetting: "hospital_ward",
  ivInjector: "nurse",
  ptIncluded: "on",
  ptDays: "20",
  ptMinutesPerDay: "180",
  ptSetting: "inpatient",
  lengthOfStayDays: "21",
  eligibilityEn: "",
  eligibilityEs: "",
  followUpEn: "",
  followUpEs: "",
  priceLow: "15000",
  priceHigh: "18000",
  priceCurrency: "USD",
  item_cell_processing: "included",
  item_imaging: "excluded_priced",
  item_imaging_low: "300",
  item_imaging_high: "500",
  item_hospital_nights: "excluded_unknown",
};

describe("programme form ↔ stored programme", () => {
  it("stores amounts in minor units and only the checklist items the clinic stated", () => {
    const { columns, routes, items, price } = programmeFromInput(parse(form));
    expect(price).toEqual({ lowMinor: 1_500_000, highMinor: 1_800_000, currency: "USD" });
    expect(routes).toEqual([
      {
        route: "intrathecal",
        doseCells: 100_000_000,
        sessions: 2,
        administeredBy: "anesthesiologist",
        setting: "hospital_operating_room",
      },
    ]);
    expect(columns.routes).toEqual(["intrathecal"]);
    expect(items).toEqual([
      { item: "cell_processing", status: "included", lowMinor: null, highMinor: null },
      { item: "imaging", status: "excluded_priced", lowMinor: 30_000, highMinor: 50_000 },
      { item: "hospital_nights", status: "excluded_unknown", lowMinor: null, highMinor: null },
    ]);
  });

  it("gives back the form a stored programme was saved from", () => {
    const parsed = programmeFromInput(parse(form));
    const values = programmeFormValues(
      {
        ...parsed.columns,
        priceLowMinor: parsed.price!.lowMinor,
        priceHighMinor: parsed.price!.highMinor,
        priceCurrency: parsed.price!.currency,
      },
      parsed.routes,
      parsed.items,
    );
    const again = programmeFromInput(parse(values));
    expect(again).toEqual(parsed);
    expect(values).toMatchObject({ itOffered: "on", itDose: "100000000", item_interpreter: "not_stated" });
  });

  it("refuses a dose it cannot read, naming the field", () => {
    expect(() => programmeFromInput(parse({ ...form, itDose: "lots of cells" }))).toThrow(
      expect.objectContaining({ issues: [{ field: "itDose", messageKey: "portal.programme.invalidCells" }] }),
    );
  });

  it("dates a price only when it changes or the clinic confirms it", () => {
    const usd = { lowMinor: 100, highMinor: 200, currency: "USD" };
    expect(priceChange(usd, usd, false)).toBe("none");
    expect(priceChange(usd, usd, true)).toBe("confirmed");
    expect(priceChange(usd, { ...usd, highMinor: 300 }, false)).toBe("changed");
    expect(priceChange(usd, { ...usd, currency: "MXN" }, false)).toBe("changed");
    expect(priceChange(null, usd, false)).toBe("changed");
    expect(priceChange(usd, null, false)).toBe("withdrawn");
    expect(priceChange(null, null, true)).toBe("none");
  });
});
