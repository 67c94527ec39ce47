import { describe, expect, it } from "vitest";
import type { Route } from "../../../shared/domain.js";
import { coaPerLotRule, largestDose, strictestCoaRoute } from "./coa-per-lot.js";
import type { CellLotFacts, ProgrammeFacts } from "./facts.js";

const TODAY = "2026-11-24";

const goodCoa = (overrides: Record<string, unknown> = {}) => ({
  lotId: "UC-2025-0412",
  cellSource: "umbilical-cord",
  autologous: false,
  laboratory: { name: "Lab", independentOfClinic: true },
  identity: {
    markers: { CD73: 98, CD90: 99, CD105: 96, CD45: 0.4, CD34: 0.7, CD14: 0.3, CD19: 0.2, "HLA-DR": 0.8 },
  },
  totalViableCells: 1.2e8,
  viabilityPercent: 94.5,
  sterility: { result: "no growth" },
  mycoplasma: { result: "negative" },
  endotoxin: { value: 0.25, unit: "EU/mL" },
  doseVolumeMl: 10,
  donorScreening: { HIV: "negative", HBV: "negative", HCV: "negative", syphilis: "negative" },
  ...overrides,
});
const lot = (overrides: Partial<CellLotFacts> = {}): CellLotFacts => ({
  lotCode: "UC-2025-0412",
  coa: goodCoa(),
  issuedOn: "2026-08-14",
  expiresOn: "2027-02-14",
  ...overrides,
});
const programme = (
  routes: Array<[Route, number | null]> = [
    ["intrathecal", 1e8],
    ["intravenous", 1e8],
  ],
): ProgrammeFacts => ({
  slug: "uc-msc",
  cellSource: "umbilical_cord",
  autologous: false,
  routeDetails: routes.map(([route, doseCells]) => ({
    route,
    doseCells,
    administeredBy: "neurologist",
    setting: "hospital_operating_room",
  })),
});

const rule = (cellLots: CellLotFacts[], p: ProgrammeFacts = programme(), referenceWeightKg?: number) =>
  coaPerLotRule(
    { programme: p, cellLots, ...(referenceWeightKg === undefined ? {} : { referenceWeightKg }) },
    TODAY,
  );
const codes = (result: ReturnType<typeof rule>) => result.reasons.map((r) => r.code);

describe("strictestCoaRoute and largestDose", () => {
  it("uses intrathecal when any route is intrathecal, otherwise the 5 EU/kg limit", () => {
    expect(
      strictestCoaRoute(
        programme([
          ["intravenous", 1],
          ["intrathecal", 1],
        ]),
      ),
    ).toBe("intrathecal");
    expect(
      strictestCoaRoute(
        programme([
          ["intravenous", 1],
          ["intramuscular", 1],
        ]),
      ),
    ).toBe("intravenous");
  });
  it("takes the largest stated dose per session", () => {
    expect(
      largestDose(
        programme([
          ["intrathecal", 3e7],
          ["intravenous", 1.5e8],
          ["local", null],
        ]),
      ),
    ).toBe(1.5e8);
    expect(largestDose(programme([["intrathecal", null]]))).toBeNull();
  });
});

describe("coaPerLotRule", () => {
  it("meets when every lot passes", () => {
    expect(rule([lot(), lot({ lotCode: "UC-2025-0413", coa: goodCoa({ lotId: "UC-2025-0413" }) })])).toEqual({
      outcome: "meets",
      reasons: [
        { code: "coa.lotPasses", params: { lot: "UC-2025-0412", route: "intrathecal" } },
        { code: "coa.lotPasses", params: { lot: "UC-2025-0413", route: "intrathecal" } },
      ],
    });
  });
  it("is insufficient without lots", () => {
    expect(rule([])).toEqual({
      outcome: "insufficient",
      reasons: [{ code: "coa.noLots", params: { programme: "uc-msc" } }],
    });
  });
  it("fails when one lot fails, naming the lot and the criterion", () => {
    const result = rule([lot(), lot({ lotCode: "B", coa: goodCoa({ lotId: "B", viabilityPercent: 60 }) })]);
    expect(result).toEqual({
      outcome: "fails",
      reasons: [{ code: "coa.criterionFails", params: { lot: "B", criterion: "viability" } }],
    });
  });
  it("applies the intrathecal endotoxin limit when any route is intrathecal", () => {
    const dirty = lot({ coa: goodCoa({ endotoxin: { value: 2.52, unit: "EU/mL" } }) });
    expect(rule([dirty]).reasons).toEqual([
      { code: "coa.criterionFails", params: { lot: "UC-2025-0412", criterion: "endotoxin" } },
    ]);
    expect(rule([dirty], programme([["intravenous", 1e8]])).outcome).toBe("meets");
  });
  it("uses a 70 kg reference weight unless given another", () => {
    // 1.4 EU/mL × 10 mL = 14 EU per dose: 0.2 EU/kg at 70 kg, 0.28 EU/kg at 50 kg.
    const borderline = lot({ coa: goodCoa({ endotoxin: { value: 1.4, unit: "EU/mL" } }) });
    expect(rule([borderline]).outcome).toBe("meets");
    expect(rule([borderline], programme(), 50).outcome).toBe("fails");
  });
  it("requires the lot to hold the largest advertised dose per session", () => {
    const p = programme([
      ["intrathecal", 3e7],
      ["intravenous", 1.5e8],
    ]);
    expect(codes(rule([lot()], p))).toEqual(["coa.criterionFails"]);
    expect(rule([lot({ coa: goodCoa({ totalViableCells: "150 millones" }) })], p).outcome).toBe("meets");
  });
  it("is insufficient when the programme states no dose, saying so once", () => {
    const result = rule([lot()], programme([["intrathecal", null]]));
    expect(result).toEqual({
      outcome: "insufficient",
      reasons: [{ code: "coa.doseNotStated", params: { programme: "uc-msc" } }],
    });
  });
  it("is insufficient when a COA is incomplete", () => {
    const result = rule([lot({ coa: goodCoa({ mycoplasma: undefined }) })]);
    expect(result).toEqual({
      outcome: "insufficient",
      reasons: [{ code: "coa.criterionMissing", params: { lot: "UC-2025-0412", criterion: "mycoplasma" } }],
    });
  });
  it("fails an expired lot and accepts one that expires today", () => {
    expect(rule([lot({ expiresOn: "2026-11-23" })]).reasons).toEqual([
      { code: "coa.lotExpired", params: { lot: "UC-2025-0412", expiresOn: "2026-11-23" } },
    ]);
    expect(rule([lot({ expiresOn: TODAY })]).outcome).toBe("meets");
    expect(rule([lot({ expiresOn: null })]).outcome).toBe("meets");
  });
  it("refuses a lot issued in the future", () => {
    expect(codes(rule([lot({ issuedOn: "2026-12-01" })]))).toEqual(["coa.lotIssuedInFuture"]);
  });
  it("sends a certificate for another lot, or for no named lot, to review", () => {
    expect(rule([lot({ coa: goodCoa({ lotId: "OTHER-1" }) })]).reasons).toEqual([
      { code: "coa.lotIdMismatch", params: { lot: "UC-2025-0412", coaLotId: "OTHER-1" } },
    ]);
    expect(rule([lot({ coa: goodCoa({ lotId: " uc-2025-0412 " }) })]).outcome).toBe("meets");
    expect(codes(rule([lot({ coa: goodCoa({ lotId: undefined }) })]))).toEqual(["coa.lotIdNotStated"]);
  });
  it("sends a certificate that contradicts the programme's cells to review", () => {
    const autologousProgramme = { ...programme(), autologous: true };
    expect(rule([lot()], autologousProgramme).reasons).toEqual([
      {
        code: "coa.originMismatch",
        params: { lot: "UC-2025-0412", programmeOrigin: "autologous", coaOrigin: "donor" },
      },
    ]);
    expect(rule([lot({ coa: goodCoa({ cellSource: "adipose" }) })]).reasons).toEqual([
      {
        code: "coa.cellSourceMismatch",
        params: { lot: "UC-2025-0412", programmeSource: "umbilical_cord", coaSource: "adipose" },
      },
    ]);
  });
  it("does not flag an origin the programme does not state", () => {
    expect(rule([lot()], { ...programme(), autologous: null }).outcome).toBe("meets");
  });
  it("never throws on a garbage certificate", () => {
    for (const coa of [null, 42, "COA", [], {}]) {
      const result = rule([lot({ coa })]);
      expect(result.outcome).toBe("insufficient");
    }
  });
});
