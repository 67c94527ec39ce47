import { describe, expect, it } from "vitest";
import { COA_CRITERIA, type CoaCheckParams, type CoaCriterion, checkCoa, coaVerdict } from "./check.js";
import { COA_MESSAGES, coaReasonText } from "./messages.js";
import { placeholders } from "./text.js";

/** The contract's example COA: donor cells that pass every criterion for intrathecal use. */
const goodCoa = () => ({
  lotId: "UC-2025-0412",
  cellSource: "umbilical-cord",
  autologous: false,
  laboratory: { name: "Lab", accreditation: "ISO/IEC 17025:2017", independentOfClinic: true },
  issuedOn: "2025-08-14",
  identity: {
    method: "flow cytometry",
    markers: {
      CD73: 98.2,
      CD90: 99.1,
      CD105: 96.4,
      CD45: 0.4,
      CD34: 0.7,
      CD14: 0.3,
      CD11b: null,
      CD19: 0.2,
      CD79a: null,
      "HLA-DR": 0.8,
    } as Record<string, unknown>,
  },
  totalViableCells: 1.2e8 as unknown,
  viabilityPercent: 94.5 as unknown,
  sterility: { method: "USP <71>", result: "no growth" as unknown },
  mycoplasma: { method: "PCR", result: "negative" as unknown },
  endotoxin: { value: 0.25 as unknown, unit: "EU/mL" as unknown },
  doseVolumeMl: 10 as unknown,
  karyotype: "normal",
  donorScreening: { HIV: "negative", HBV: "negative", HCV: "negative", syphilis: "negative" } as Record<
    string,
    unknown
  >,
});
type Coa = ReturnType<typeof goodCoa>;

const IT: CoaCheckParams = { route: "intrathecal", weightKg: 70, doseCells: 1e8 };
const IV: CoaCheckParams = { route: "intravenous", weightKg: 70, doseCells: 1e8 };

/** Checks a variant of the good COA and returns one criterion's result. */
function criterionOf(name: CoaCriterion, change: (coa: Coa) => void, params: CoaCheckParams = IT) {
  const coa = goodCoa();
  change(coa);
  return checkCoa(coa, params).criteria[name];
}
const without = (record: object, key: string) => {
  delete (record as Record<string, unknown>)[key];
};

describe("checkCoa on the contract's example", () => {
  it("passes every criterion", () => {
    const result = checkCoa(goodCoa(), IT);
    expect(result.verdict).toBe("pass");
    for (const code of COA_CRITERIA) expect(result.criteria[code].status).toBe("pass");
  });

  it("reports criteria in the contract's order", () => {
    expect(Object.keys(checkCoa(goodCoa(), IT).criteria)).toEqual([...COA_CRITERIA]);
  });

  it("gives short English reasons with the numbers", () => {
    const { criteria } = checkCoa(goodCoa(), IT);
    expect(criteria.identity.reason).toContain("CD105 96.4 % ≥ 95 %");
    expect(criteria.identity.reason).toContain("HLA-DR 0.8 % ≤ 2 %");
    expect(criteria.quantity.reason).toBe("120,000,000 viable cells ≥ the dose of 100,000,000 cells");
    expect(criteria.viability.reason).toBe("viability 94.5 % ≥ 70 %");
    expect(criteria.endotoxin.reason).toBe(
      "endotoxin 0.03571 EU/kg (0.25 EU/mL × 10 mL ÷ 70 kg) is within the intrathecal limit of 0.2 EU/kg",
    );
  });
});

describe("identity", () => {
  it.each(["CD73", "CD90", "CD105"])("passes %s at exactly 95 %%", (marker) => {
    expect(criterionOf("identity", (c) => (c.identity.markers[marker] = 95)).status).toBe("pass");
  });
  it.each(["CD73", "CD90", "CD105"])("fails %s at 94.99 %%", (marker) => {
    const result = criterionOf("identity", (c) => (c.identity.markers[marker] = 94.99));
    expect(result.status).toBe("fail");
    expect(result.reason).toContain(`${marker} 94.99 % < 95 %`);
  });
  it.each(["CD45", "CD34", "CD14", "CD19", "HLA-DR"])("passes %s at exactly 2 %%", (marker) => {
    expect(criterionOf("identity", (c) => (c.identity.markers[marker] = 2)).status).toBe("pass");
  });
  it.each(["CD45", "CD34", "CD14", "CD19", "HLA-DR"])("fails %s at 2.01 %%", (marker) => {
    const result = criterionOf("identity", (c) => (c.identity.markers[marker] = 2.01));
    expect(result.status).toBe("fail");
    expect(result.reason).toContain(`${marker} 2.01 % > 2 %`);
  });
  it.each(["CD73", "CD90", "CD105", "CD45", "CD34", "HLA-DR"])("is missing without %s", (marker) => {
    const result = criterionOf("identity", (c) => without(c.identity.markers, marker));
    expect(result.status).toBe("missing");
    expect(result.reason).toContain(marker);
  });

  describe("alternative markers", () => {
    it("accepts CD11b in place of CD14 and CD79a in place of CD19", () => {
      const result = criterionOf("identity", (c) => {
        Object.assign(c.identity.markers, { CD14: null, CD11b: 1.1, CD19: null, CD79a: 0.9 });
      });
      expect(result.status).toBe("pass");
      expect(result.reason).toContain("CD11b 1.1 % ≤ 2 %");
    });
    it("is missing when neither of a pair is reported", () => {
      const result = criterionOf("identity", (c) =>
        Object.assign(c.identity.markers, { CD14: null, CD11b: null }),
      );
      expect(result.status).toBe("missing");
      expect(result.reason).toBe("identity markers missing or not conclusive: CD14/CD11b");
    });
    it("fails when one of a pair is in range and the other out of range", () => {
      const result = criterionOf("identity", (c) =>
        Object.assign(c.identity.markers, { CD14: 0.3, CD11b: 5 }),
      );
      expect(result.status).toBe("fail");
      expect(result.reason).toContain("CD11b 5 % > 2 %");
    });
    it("fails when the only reported alternative is out of range", () => {
      const result = criterionOf("identity", (c) =>
        Object.assign(c.identity.markers, { CD19: null, CD79a: 3 }),
      );
      expect(result.status).toBe("fail");
    });
    it("passes when one of a pair is in range and the other unreadable", () => {
      const result = criterionOf("identity", (c) =>
        Object.assign(c.identity.markers, { CD14: 0.3, CD11b: "n/a" }),
      );
      expect(result.status).toBe("pass");
    });
  });

  it("reads markers given as strings in EN and ES formats", () => {
    const result = criterionOf("identity", (c) =>
      Object.assign(c.identity.markers, { CD73: "98,2 %", CD90: "99.1%", CD105: " 96.4 ", CD45: "0,4" }),
    );
    expect(result.status).toBe("pass");
  });
  it("matches marker names loosely", () => {
    const result = criterionOf("identity", (c) => {
      c.identity.markers = {
        cd73: 98,
        "CD 90": 99,
        Cd105: 97,
        CD45: 1,
        CD34: 1,
        CD14: 1,
        CD79α: 1,
        "HLA DR": 1,
      };
    });
    expect(result.status).toBe("pass");
  });
  it("uses a bound that settles the question and treats one that does not as missing", () => {
    expect(criterionOf("identity", (c) => (c.identity.markers.CD45 = "<0.5")).status).toBe("pass");
    expect(criterionOf("identity", (c) => (c.identity.markers.CD73 = ">99")).status).toBe("pass");
    const unclear = criterionOf("identity", (c) => (c.identity.markers.CD45 = "< 3 %"));
    expect(unclear.status).toBe("missing");
    expect(unclear.reason).toContain("CD45 <3 %");
    expect(criterionOf("identity", (c) => (c.identity.markers.CD45 = "> 2")).status).toBe("fail");
    expect(criterionOf("identity", (c) => (c.identity.markers.CD73 = "< 95")).status).toBe("fail");
  });
  it("fails impossible percentages rather than passing them", () => {
    const tooHigh = criterionOf("identity", (c) => (c.identity.markers.CD73 = 120));
    expect(tooHigh.status).toBe("fail");
    expect(tooHigh.reason).toContain("CD73 120 % ∉ 0–100 %");
    expect(criterionOf("identity", (c) => (c.identity.markers.CD45 = -1)).status).toBe("fail");
  });
  it("treats an unreadable marker as missing and shows it", () => {
    const result = criterionOf("identity", (c) => (c.identity.markers.CD90 = "pending"));
    expect(result.status).toBe("missing");
    expect(result.reason).toContain('CD90 "pending"');
  });
  it("lets an out-of-range marker outweigh a missing one, and names both", () => {
    const result = criterionOf("identity", (c) => {
      c.identity.markers.CD45 = 3;
      without(c.identity.markers, "CD34");
    });
    expect(result.status).toBe("fail");
    expect(result.reasonKey).toBe("identity.failAndMissing");
    expect(result.reason).toBe("identity markers out of range: CD45 3 % > 2 %; also missing: CD34");
  });
  it.each([
    ["no identity section", (c: Coa) => without(c, "identity")],
    ["no markers", (c: Coa) => without(c.identity, "markers")],
    ["markers as a list", (c: Coa) => ((c.identity as { markers: unknown }).markers = [98, 99])],
  ])("is missing with %s", (_label, change) => {
    const result = criterionOf("identity", change);
    expect(result).toMatchObject({ status: "missing", reasonKey: "identity.absent" });
  });
});

describe("quantity", () => {
  it("passes at exactly the dose", () => {
    expect(criterionOf("quantity", (c) => (c.totalViableCells = 1e8)).status).toBe("pass");
  });
  it("fails one cell below the dose", () => {
    const result = criterionOf("quantity", (c) => (c.totalViableCells = 1e8 - 1));
    expect(result.status).toBe("fail");
    expect(result.reason).toBe("99,999,999 viable cells < the dose of 100,000,000 cells");
  });
  it("is missing when absent, null or blank", () => {
    expect(criterionOf("quantity", (c) => without(c, "totalViableCells")).status).toBe("missing");
    expect(criterionOf("quantity", (c) => (c.totalViableCells = null)).status).toBe("missing");
    expect(criterionOf("quantity", (c) => (c.totalViableCells = " ")).status).toBe("missing");
  });
  it.each([
    "1.2e8",
    "120 x 10^6",
    "120×10^6",
    "1.2 × 10⁸",
    "120 million",
    "120 millones",
    "1,2e8",
    "120.000.000",
  ])("reads %j", (value) => {
    expect(criterionOf("quantity", (c) => (c.totalViableCells = value)).reason).toContain(
      "120,000,000 viable cells",
    );
  });
  it("is missing, with the value shown, when the count cannot be read", () => {
    const result = criterionOf("quantity", (c) => (c.totalViableCells = "lots"));
    expect(result).toMatchObject({
      status: "missing",
      reason: 'totalViableCells "lots" is not a readable number',
    });
    expect(criterionOf("quantity", (c) => (c.totalViableCells = "1,200")).status).toBe("missing");
  });
  it("fails a negative count", () => {
    expect(criterionOf("quantity", (c) => (c.totalViableCells = -5)).status).toBe("fail");
  });
  it("uses the dose from the params", () => {
    expect(criterionOf("quantity", () => {}, { ...IT, doseCells: 2e8 }).status).toBe("fail");
  });
  it("is missing when the dose is not stated", () => {
    for (const doseCells of [null, 0, Number.NaN]) {
      const result = criterionOf("quantity", () => {}, { ...IT, doseCells });
      expect(result).toMatchObject({ status: "missing", reasonKey: "quantity.noDose" });
    }
  });
  it("uses a lower bound that covers the dose", () => {
    expect(criterionOf("quantity", (c) => (c.totalViableCells = "> 1.5e8")).status).toBe("pass");
    expect(criterionOf("quantity", (c) => (c.totalViableCells = "> 5e7")).status).toBe("missing");
  });
});

describe("viability", () => {
  it("passes at exactly 70 % and fails just below", () => {
    expect(criterionOf("viability", (c) => (c.viabilityPercent = 70)).status).toBe("pass");
    const result = criterionOf("viability", (c) => (c.viabilityPercent = 69.9));
    expect(result).toMatchObject({ status: "fail", reason: "viability 69.9 % < 70 %" });
  });
  it.each([
    ["95,5 %", "pass"],
    ["94.5%", "pass"],
    ["70,0", "pass"],
    ["69,9 %", "fail"],
    ["≥ 80 %", "pass"],
    ["< 90 %", "missing"],
    ["< 70 %", "fail"],
    ["ninety", "missing"],
    [150, "fail"],
    [-1, "fail"],
  ])("reads %j as %s", (value, status) => {
    expect(criterionOf("viability", (c) => (c.viabilityPercent = value)).status).toBe(status);
  });
  it("is missing when absent", () => {
    expect(criterionOf("viability", (c) => without(c, "viabilityPercent")).status).toBe("missing");
  });
});

describe("sterility", () => {
  it.each([
    "no growth",
    "No Growth",
    "NO GROWTH.",
    "no-growth",
    "No growth detected",
    "negative",
    "sterile",
    "Sterile",
    "sin crecimiento",
    "Sin Crecimiento",
    "negativo",
    "negativa",
    "estéril",
    "esteril",
    "ESTÉRIL",
  ])("passes %j", (result) => {
    expect(criterionOf("sterility", (c) => (c.sterility.result = result)).status).toBe("pass");
  });
  it.each([
    "growth",
    "Growth",
    "positive",
    "POSITIVO",
    "positiva",
    "crecimiento",
    "not sterile",
    "no estéril",
    "Contaminado",
  ])("fails %j", (result) => {
    expect(criterionOf("sterility", (c) => (c.sterility.result = result)).status).toBe("fail");
  });
  it.each(["pending", "no growth after 14 days", "see attached", 0, true])(
    "does not guess at %j",
    (result) => {
      const outcome = criterionOf("sterility", (c) => (c.sterility.result = result));
      expect(outcome).toMatchObject({ status: "missing", reasonKey: "sterility.unrecognised" });
    },
  );
  it("is missing without a result", () => {
    expect(criterionOf("sterility", (c) => without(c, "sterility")).reasonKey).toBe("sterility.absent");
    expect(criterionOf("sterility", (c) => without(c.sterility, "result")).reasonKey).toBe(
      "sterility.absent",
    );
  });
  it("accepts a bare result string", () => {
    expect(
      criterionOf("sterility", (c) => ((c as { sterility: unknown }).sterility = "sin crecimiento")).status,
    ).toBe("pass");
  });
});

describe("mycoplasma", () => {
  it.each([
    "negative",
    "Not detected",
    "not-detected",
    "negativo",
    "No detectado",
    "no detectada",
    "NEGATIVA",
  ])("passes %j", (result) => {
    expect(criterionOf("mycoplasma", (c) => (c.mycoplasma.result = result)).status).toBe("pass");
  });
  it.each(["positive", "detected", "Detectado", "positivo"])("fails %j", (result) => {
    expect(criterionOf("mycoplasma", (c) => (c.mycoplasma.result = result)).status).toBe("fail");
  });
  it("does not pass an unrecognised result", () => {
    expect(criterionOf("mycoplasma", (c) => (c.mycoplasma.result = "inconclusive")).status).toBe("missing");
  });
  it("is missing when absent", () => {
    expect(criterionOf("mycoplasma", (c) => without(c, "mycoplasma")).status).toBe("missing");
  });
});

describe("endotoxin", () => {
  /** A fourth argument replaces the 10 mL dose volume, even when it is undefined. */
  const endotoxin = (value: unknown, unit: unknown, params: CoaCheckParams = IT, ...volume: unknown[]) =>
    criterionOf(
      "endotoxin",
      (c) => {
        c.endotoxin = { value, unit };
        c.doseVolumeMl = volume.length > 0 ? volume[0] : 10;
      },
      params,
    );

  it("converts EU/mL with the dose volume and the weight", () => {
    // 1.4 EU/mL × 10 mL ÷ 70 kg = 0.2 EU/kg: exactly the intrathecal limit.
    expect(endotoxin(1.4, "EU/mL").status).toBe("pass");
    expect(endotoxin(1.41, "EU/mL").status).toBe("fail");
  });
  it("gives the example reason for a lot over the intrathecal limit", () => {
    const result = endotoxin(2.52, "EU/mL");
    expect(result.status).toBe("fail");
    expect(result.reason).toBe(
      "endotoxin 0.36 EU/kg (2.52 EU/mL × 10 mL ÷ 70 kg) exceeds the intrathecal limit of 0.2 EU/kg",
    );
  });
  it("converts EU/dose with the weight", () => {
    expect(endotoxin(14, "EU/dose").status).toBe("pass");
    expect(endotoxin(14.1, "EU/dose").status).toBe("fail");
    expect(endotoxin(14, "EU/dose").reason).toContain("(14 EU/dose ÷ 70 kg)");
  });
  it("takes EU/kg as is, without needing a weight or volume", () => {
    expect(endotoxin(0.2, "EU/kg").status).toBe("pass");
    expect(endotoxin(0.21, "EU/kg").status).toBe("fail");
    expect(endotoxin(0.2, "EU/kg", { ...IT, weightKg: Number.NaN }, undefined).status).toBe("pass");
  });
  it("applies 5 EU/kg intravenously", () => {
    expect(endotoxin(5, "EU/kg", IV).status).toBe("pass");
    expect(endotoxin(5.01, "EU/kg", IV).status).toBe("fail");
    expect(endotoxin(2.52, "EU/mL", IV).status).toBe("pass");
    expect(endotoxin(5.01, "EU/kg", IV).reason).toBe(
      "endotoxin 5.01 EU/kg exceeds the intravenous limit of 5 EU/kg",
    );
  });
  it("uses the patient's weight", () => {
    // 0.25 EU/mL × 10 mL ÷ 10 kg = 0.25 EU/kg: over the limit for a small patient.
    expect(endotoxin(0.25, "EU/mL", { ...IT, weightKg: 10 }).status).toBe("fail");
  });
  it("is missing for EU/mL without a dose volume", () => {
    const result = endotoxin(0.25, "EU/mL", IT, undefined);
    expect(result).toMatchObject({ status: "missing", reasonKey: "endotoxin.noDoseVolume" });
    expect(endotoxin(0.25, "EU/mL", IT, null).status).toBe("missing");
  });
  it("is missing for an unreadable or bounded dose volume, and fails a zero one", () => {
    expect(endotoxin(0.25, "EU/mL", IT, "ten").reasonKey).toBe("endotoxin.doseVolumeUnreadable");
    expect(endotoxin(0.25, "EU/mL", IT, "< 10").reasonKey).toBe("endotoxin.doseVolumeUnreadable");
    expect(endotoxin(0.25, "EU/mL", IT, 0).status).toBe("fail");
  });
  it("reads string values and unit spellings", () => {
    expect(endotoxin("0,25", "eu/ml", IT, "10 ").status).toBe("pass");
    expect(endotoxin("0.1", "UE/mL").status).toBe("pass");
    expect(endotoxin("0.1", " EU / kg ").status).toBe("pass");
    expect(endotoxin("10", "UE/dosis").status).toBe("pass");
  });
  it("uses a detection-limit bound when it is low enough, and is missing when it is not", () => {
    expect(endotoxin("< 0.5", "EU/mL").status).toBe("pass");
    const coarse = endotoxin("< 5", "EU/mL");
    expect(coarse.status).toBe("missing");
    expect(coarse.reason).toContain("<0.7143 EU/kg");
    expect(endotoxin("> 5", "EU/mL").status).toBe("fail");
  });
  it("is missing without a value, unit, or a known unit", () => {
    expect(criterionOf("endotoxin", (c) => without(c, "endotoxin")).reasonKey).toBe("endotoxin.absent");
    expect(endotoxin(undefined, "EU/mL").reasonKey).toBe("endotoxin.absent");
    expect(endotoxin(0.1, undefined).reasonKey).toBe("endotoxin.noUnit");
    expect(endotoxin(0.1, "ng/mL").reasonKey).toBe("endotoxin.unknownUnit");
    expect(endotoxin(0.1, 7).reasonKey).toBe("endotoxin.unknownUnit");
    expect(endotoxin("low", "EU/mL").reasonKey).toBe("endotoxin.unreadable");
  });
  it("fails a negative value", () => {
    expect(endotoxin(-0.1, "EU/kg").status).toBe("fail");
  });
  it("is missing when a weight is needed but not usable", () => {
    for (const weightKg of [0, -70, Number.NaN]) {
      expect(endotoxin(0.1, "EU/mL", { ...IT, weightKg }).reasonKey).toBe("endotoxin.noWeight");
    }
  });
});

describe("independent-lab", () => {
  it.each([
    [true, "pass"],
    ["true", "pass"],
    ["Sí", "pass"],
    ["yes", "pass"],
    [false, "fail"],
    ["false", "fail"],
    ["No", "fail"],
    ["maybe", "missing"],
    [1, "missing"],
    [null, "missing"],
  ])("reads independentOfClinic %j as %s", (value, status) => {
    expect(
      criterionOf(
        "independent-lab",
        (c) => ((c.laboratory as { independentOfClinic: unknown }).independentOfClinic = value),
      ).status,
    ).toBe(status);
  });
  it("is missing without a laboratory", () => {
    expect(criterionOf("independent-lab", (c) => without(c, "laboratory")).status).toBe("missing");
  });
});

describe("donor-screening", () => {
  it("passes autologous cells without screening", () => {
    const result = criterionOf("donor-screening", (c) => {
      (c as { autologous: unknown }).autologous = true;
      without(c, "donorScreening");
    });
    expect(result).toMatchObject({ status: "pass", reasonKey: "donor-screening.autologous" });
  });
  it("passes autologous cells even with a positive result on file (screening does not apply)", () => {
    const result = criterionOf("donor-screening", (c) => {
      (c as { autologous: unknown }).autologous = "true";
      c.donorScreening.HIV = "positive";
    });
    expect(result.status).toBe("pass");
  });
  it.each(["HIV", "HBV", "HCV", "syphilis"])("fails donor cells with %s positive", (test) => {
    const result = criterionOf("donor-screening", (c) => (c.donorScreening[test] = "Positive"));
    expect(result).toMatchObject({ status: "fail", reason: `donor screening positive: ${test}` });
  });
  it.each(["HIV", "HBV", "HCV", "syphilis"])("is missing for donor cells without %s", (test) => {
    const result = criterionOf("donor-screening", (c) => without(c.donorScreening, test));
    expect(result).toMatchObject({
      status: "missing",
      reason: `donor screening results missing or not recognised: ${test}`,
    });
  });
  it("lets a positive result outweigh a missing one", () => {
    const result = criterionOf("donor-screening", (c) => {
      c.donorScreening.HCV = "reactivo";
      without(c.donorScreening, "HIV");
    });
    expect(result.status).toBe("fail");
  });
  it("reads Spanish test names and serology wording", () => {
    const result = criterionOf("donor-screening", (c) => {
      c.donorScreening = { VIH: "Negativo", VHB: "no reactivo", VHC: "Non-reactive", Sífilis: "negativa" };
    });
    expect(result.status).toBe("pass");
  });
  it("does not pass an unrecognised result", () => {
    const result = criterionOf("donor-screening", (c) => (c.donorScreening.HIV = "pending"));
    expect(result).toMatchObject({ status: "missing" });
    expect(result.reason).toContain('HIV "pending"');
  });
  describe("when the COA does not say whether the cells are autologous", () => {
    it("treats them as donor cells and passes complete negative screening", () => {
      const result = criterionOf("donor-screening", (c) => without(c, "autologous"));
      expect(result).toMatchObject({ status: "pass", reasonKey: "donor-screening.passAssumedDonor" });
    });
    it("is missing without screening", () => {
      const result = criterionOf("donor-screening", (c) => {
        without(c, "autologous");
        without(c, "donorScreening");
      });
      expect(result).toMatchObject({ status: "missing", reasonKey: "donor-screening.missingAssumedDonor" });
    });
    it("fails on a positive result", () => {
      const result = criterionOf("donor-screening", (c) => {
        (c as { autologous: unknown }).autologous = "unknown";
        c.donorScreening.syphilis = "positivo";
      });
      expect(result.status).toBe("fail");
    });
  });
});

describe("verdict", () => {
  it("is fail when any criterion fails, even with others missing", () => {
    const coa = goodCoa();
    coa.viabilityPercent = 50;
    without(coa, "sterility");
    expect(checkCoa(coa, IT).verdict).toBe("fail");
  });
  it("is incomplete when something is missing and nothing fails", () => {
    const coa = goodCoa();
    without(coa, "mycoplasma");
    expect(checkCoa(coa, IT).verdict).toBe("incomplete");
  });
  it("is derived from statuses alone", () => {
    const statuses = (status: "pass" | "fail" | "missing") =>
      Object.fromEntries(COA_CRITERIA.map((c) => [c, { status }])) as Record<
        CoaCriterion,
        { status: typeof status }
      >;
    expect(coaVerdict(statuses("pass"))).toBe("pass");
    expect(coaVerdict({ ...statuses("pass"), endotoxin: { status: "missing" } })).toBe("incomplete");
    expect(coaVerdict({ ...statuses("missing"), endotoxin: { status: "fail" } })).toBe("fail");
  });
});

describe("garbage input never throws", () => {
  it.each([
    ["null", null],
    ["undefined", undefined],
    ["a number", 42],
    ["a string", "COA"],
    ["an array", [goodCoa()]],
    ["an empty object", {}],
    [
      "nested nulls",
      { identity: null, laboratory: null, endotoxin: null, sterility: null, donorScreening: null },
    ],
    [
      "wrong types everywhere",
      {
        identity: "flow",
        totalViableCells: {},
        viabilityPercent: [],
        sterility: 3,
        mycoplasma: { result: {} },
        endotoxin: { value: [], unit: {} },
        doseVolumeMl: true,
        laboratory: "ACME",
        autologous: 0,
        donorScreening: ["negative"],
      },
    ],
  ])("%s gives an incomplete result", (_label, coa) => {
    const result = checkCoa(coa, IT);
    expect(result.verdict).toBe("incomplete");
    for (const code of COA_CRITERIA) expect(result.criteria[code].status).toBe("missing");
  });

  it("survives an object without a prototype and inherited keys", () => {
    const coa = Object.assign(Object.create(null), { totalViableCells: 2e8 });
    expect(checkCoa(coa, IT).criteria.quantity.status).toBe("pass");
    expect(checkCoa(Object.create({ viabilityPercent: 99 }), IT).criteria.viability.status).toBe("missing");
  });

  it("shows long unreadable strings cut short", () => {
    const coa = { viabilityPercent: "x".repeat(500) };
    expect(checkCoa(coa, IT).criteria.viability.reason.length).toBeLessThan(100);
  });
});

describe("localized reasons", () => {
  it("has an English and a Spanish message for every key, with the same placeholders", () => {
    expect(Object.keys(COA_MESSAGES.es).sort()).toEqual(Object.keys(COA_MESSAGES.en).sort());
    for (const [key, english] of Object.entries(COA_MESSAGES.en)) {
      const spanish = COA_MESSAGES.es[key as keyof typeof COA_MESSAGES.es];
      expect(spanish.trim(), key).not.toBe("");
      expect(placeholders(spanish), key).toEqual(placeholders(english));
    }
  });
  it("gives every criterion result in Spanish, translating the route", () => {
    const coa = goodCoa();
    coa.endotoxin = { value: 2.52, unit: "EU/mL" };
    const result = checkCoa(coa, IT);
    expect(coaReasonText(result.criteria.endotoxin, "es")).toBe(
      "endotoxina 0.36 EU/kg (2.52 EU/mL × 10 mL ÷ 70 kg) supera el límite intratecal de 0.2 EU/kg",
    );
    expect(coaReasonText(result.criteria.viability, "es")).toBe("viabilidad 94.5 % ≥ 70 %");
    expect(coaReasonText(result.criteria.quantity, "en")).toBe(result.criteria.quantity.reason);
    for (const code of COA_CRITERIA)
      expect(coaReasonText(result.criteria[code], "es")).not.toMatch(/\{\w+\}/);
  });
});
