import { describe, expect, it } from "vitest";
import {
  type ProgrammeRouteShape,
  standardOfRecord,
  standardsTouchedByFacilityChange,
  standardsTouchedByProgrammeChange,
} from "./reopen.js";

const it1: ProgrammeRouteShape = {
  route: "intrathecal",
  doseCells: 100_000_000,
  sessions: 2,
  administeredBy: "neurologist",
  setting: "hospital_operating_room",
};
const iv: ProgrammeRouteShape = {
  route: "intravenous",
  doseCells: 50_000_000,
  sessions: 1,
  administeredBy: "nurse",
  setting: "hospital_ward",
};

describe("standards a change reopens", () => {
  it("ties each record to the standard it is evidence for", () => {
    expect(standardOfRecord("clinician")).toBe("specialist_team");
    expect(standardOfRecord("licence")).toBe("cofepris_licence");
    expect(standardOfRecord("lot")).toBe("coa_per_lot");
  });

  it("reopens the hospital standard for services and the licence standard for the address", () => {
    expect(standardsTouchedByFacilityChange(["hasImaging"])).toEqual(["hospital_setting"]);
    expect(standardsTouchedByFacilityChange(["street", "city"])).toEqual(["cofepris_licence"]);
    expect(standardsTouchedByFacilityChange(["kind", "postalCode"])).toEqual([
      "hospital_setting",
      "cofepris_licence",
    ]);
  });

  it("leaves every standard alone for contact details and the clinic's own words", () => {
    expect(standardsTouchedByFacilityChange(["name", "phone", "email", "website", "ownTextEn"])).toEqual([]);
  });

  it("reopens nothing when the routes are the same, in any order", () => {
    expect(standardsTouchedByProgrammeChange([it1, iv], [{ ...iv }, { ...it1 }])).toEqual([]);
  });

  it.each([
    ["a dose", { ...it1, doseCells: 200_000_000 }],
    ["the number of sessions", { ...it1, sessions: 3 }],
    ["who injects", { ...it1, administeredBy: "general_physician" }],
    ["where", { ...it1, setting: "outpatient_clinic" }],
  ])("reopens setting, team and COA when %s changes", (_what, changed) => {
    expect(standardsTouchedByProgrammeChange([it1, iv], [changed, iv])).toEqual([
      "hospital_setting",
      "specialist_team",
      "coa_per_lot",
    ]);
  });

  it("reopens them when a route is added or dropped", () => {
    expect(standardsTouchedByProgrammeChange([iv], [it1, iv])).toHaveLength(3);
    expect(standardsTouchedByProgrammeChange([it1, iv], [iv])).toHaveLength(3);
  });
});
