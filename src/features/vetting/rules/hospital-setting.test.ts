import { describe, expect, it } from "vitest";
import type { InjectionSetting } from "../../../shared/domain.js";
import type { FacilityFacts, ProgrammeFacts } from "./facts.js";
import { hospitalSettingRule } from "./hospital-setting.js";

const hospital: FacilityFacts = {
  kind: "hospital",
  hasNeurology: true,
  hasImaging: true,
  hasEmergency: true,
  street: "Av. Paseo de los Héroes 10999",
  city: "Tijuana",
  state: "Baja California",
  postalCode: "22010",
};

const programme = (slug: string, ...settings: InjectionSetting[]): ProgrammeFacts => ({
  slug,
  cellSource: "umbilical_cord",
  autologous: false,
  routeDetails: [
    ...settings.map((setting) => ({
      route: "intrathecal" as const,
      doseCells: 1e8,
      administeredBy: "neurologist" as const,
      setting,
    })),
    { route: "intravenous", doseCells: 1e8, administeredBy: "nurse", setting: "outpatient_clinic" },
  ],
});

describe("hospitalSettingRule", () => {
  it.each<InjectionSetting>(["hospital_operating_room", "hospital_procedure_room", "hospital_ward"])(
    "meets with intrathecal injections in a %s",
    (setting) => {
      const result = hospitalSettingRule({ facility: hospital, programmes: [programme("p", setting)] });
      expect(result).toEqual({
        outcome: "meets",
        reasons: [
          { code: "hospital.fullService" },
          { code: "hospital.intrathecalInHospital", params: { programme: "p", setting } },
        ],
      });
    },
  );

  it("ignores where non-intrathecal routes are given", () => {
    const result = hospitalSettingRule({ facility: hospital, programmes: [programme("iv-only")] });
    expect(result.outcome).toBe("meets");
    expect(result.reasons).toContainEqual({ code: "hospital.noIntrathecal" });
  });

  it("meets for a hospital with no programmes yet", () => {
    expect(hospitalSettingRule({ facility: hospital, programmes: [] }).outcome).toBe("meets");
  });

  it("fails a clinic, however well equipped", () => {
    const result = hospitalSettingRule({ facility: { ...hospital, kind: "clinic" }, programmes: [] });
    expect(result).toEqual({
      outcome: "fails",
      reasons: [{ code: "hospital.notHospital", params: { facilityKind: "clinic" } }],
    });
  });

  it("fails a hospital without neurology, imaging or emergency care, naming each", () => {
    const result = hospitalSettingRule({
      facility: { ...hospital, hasNeurology: false, hasImaging: false, hasEmergency: false },
      programmes: [],
    });
    expect(result.outcome).toBe("fails");
    expect(result.reasons.map((r) => r.code)).toEqual([
      "hospital.noNeurology",
      "hospital.noImaging",
      "hospital.noEmergency",
    ]);
  });

  it("fails when any programme gives intrathecal injections in an outpatient clinic", () => {
    const result = hospitalSettingRule({
      facility: hospital,
      programmes: [
        programme("good", "hospital_ward"),
        programme("bad", "hospital_ward", "outpatient_clinic"),
      ],
    });
    expect(result).toEqual({
      outcome: "fails",
      reasons: [{ code: "hospital.intrathecalOutpatient", params: { programme: "bad" } }],
    });
  });

  it("needs review when the setting is not stated", () => {
    const result = hospitalSettingRule({ facility: hospital, programmes: [programme("p", "not_stated")] });
    expect(result).toEqual({
      outcome: "needs_review",
      reasons: [{ code: "hospital.intrathecalSettingNotStated", params: { programme: "p" } }],
    });
  });

  it("puts failures before review items", () => {
    const result = hospitalSettingRule({
      facility: { ...hospital, hasImaging: false },
      programmes: [programme("p", "not_stated")],
    });
    expect(result.outcome).toBe("fails");
    expect(result.reasons.map((r) => r.code)).toEqual([
      "hospital.noImaging",
      "hospital.intrathecalSettingNotStated",
    ]);
  });
});
