import { describe, expect, it } from "vitest";
import { combineFindings, finding, mergeResults, worstOutcome } from "./outcome.js";

describe("worstOutcome", () => {
  it("ranks fails over insufficient over needs_review over meets", () => {
    expect(worstOutcome(["meets", "needs_review"])).toBe("needs_review");
    expect(worstOutcome(["needs_review", "insufficient"])).toBe("insufficient");
    expect(worstOutcome(["insufficient", "fails", "meets"])).toBe("fails");
    expect(worstOutcome([])).toBe("meets");
  });
});

describe("combineFindings", () => {
  it("explains a met standard with the findings that show it", () => {
    const result = combineFindings([
      finding("meets", "hospital.fullService"),
      finding("meets", "hospital.noIntrathecal"),
    ]);
    expect(result).toEqual({
      outcome: "meets",
      reasons: [{ code: "hospital.fullService" }, { code: "hospital.noIntrathecal" }],
    });
  });
  it("lists every obstacle, worst first, and drops what was fine", () => {
    const result = combineFindings([
      finding("meets", "hospital.fullService"),
      finding("needs_review", "hospital.intrathecalSettingNotStated", { programme: "a" }),
      finding("fails", "hospital.intrathecalOutpatient", { programme: "b" }),
    ]);
    expect(result).toEqual({
      outcome: "fails",
      reasons: [
        { code: "hospital.intrathecalOutpatient", params: { programme: "b" } },
        { code: "hospital.intrathecalSettingNotStated", params: { programme: "a" } },
      ],
    });
  });
});

describe("mergeResults", () => {
  it("keeps the reasons of the results that stand in the way", () => {
    const ok = { outcome: "meets" as const, reasons: [{ code: "coa.lotPasses" as const }] };
    const bad = { outcome: "insufficient" as const, reasons: [{ code: "coa.noLots" as const }] };
    expect(mergeResults([ok, bad])).toEqual(bad);
    expect(mergeResults([ok, ok])).toEqual({ outcome: "meets", reasons: [...ok.reasons, ...ok.reasons] });
  });
});
