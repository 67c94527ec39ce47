import { describe, expect, it } from "vitest";
import { cofeprisLicenceRule } from "./cofepris-licence.js";
import type { FacilityFacts, LicenceFacts } from "./facts.js";

const TODAY = "2026-11-24";

const facility: FacilityFacts = {
  kind: "hospital",
  hasNeurology: true,
  hasImaging: true,
  hasEmergency: true,
  street: "Av. Paseo de los Héroes 10999",
  city: "Tijuana",
  state: "Baja California",
  postalCode: "22010",
};
const cells: LicenceFacts = {
  kind: "licencia_sanitaria_cells",
  number: "COFEPRIS-09-023-1234",
  scope: "Obtención, análisis, conservación y suministro de células troncales",
  address: "Avenida Paseo de los Heroes No. 10999, Zona Río, C.P. 22010, Tijuana, B.C.",
  issuedOn: "2024-01-10",
  expiresOn: "2027-01-10",
};
const aviso: LicenceFacts = {
  kind: "aviso_funcionamiento",
  number: "2323025036X00098",
  scope: "Consultorio",
  address: cells.address,
  issuedOn: "2023-01-01",
  expiresOn: null,
};

const rule = (licences: LicenceFacts[]) => cofeprisLicenceRule({ facility, licences }, TODAY);
const codes = (licences: LicenceFacts[]) => rule(licences).reasons.map((r) => r.code);

describe("cofeprisLicenceRule", () => {
  it("meets with a current cell licence at the facility's address", () => {
    expect(rule([cells])).toEqual({
      outcome: "meets",
      reasons: [
        { code: "licence.valid", params: { number: "COFEPRIS-09-023-1234", expiresOn: "2027-01-10" } },
      ],
    });
  });
  it("meets with a licence that states no expiry, and says so", () => {
    expect(codes([{ ...cells, expiresOn: null }])).toEqual(["licence.validNoExpiry"]);
  });
  it("accepts a licence that expires today and fails one that expired yesterday", () => {
    expect(rule([{ ...cells, expiresOn: TODAY }]).outcome).toBe("meets");
    expect(rule([{ ...cells, expiresOn: "2026-11-23" }])).toEqual({
      outcome: "fails",
      reasons: [
        { code: "licence.expired", params: { number: "COFEPRIS-09-023-1234", expiresOn: "2026-11-23" } },
      ],
    });
  });
  it("fails with no licence at all", () => {
    expect(rule([])).toEqual({ outcome: "fails", reasons: [{ code: "licence.none" }] });
  });
  it.each(["aviso_funcionamiento", "aviso_publicidad"] as const)(
    "says explicitly that an %s is not a licence",
    (kind) => {
      const result = rule([{ ...aviso, kind }]);
      expect(result).toEqual({
        outcome: "fails",
        reasons: [
          { code: "licence.noCellLicence" },
          { code: "licence.avisoIsNotLicence", params: { licenceKind: kind, number: "2323025036X00098" } },
        ],
      });
    },
  );
  it("says a hospital licence is not enough on its own", () => {
    expect(codes([{ ...cells, kind: "licencia_sanitaria_hospital", number: "H-1" }])).toEqual([
      "licence.noCellLicence",
      "licence.hospitalLicenceNotEnough",
    ]);
  });
  it("fails with only an 'other' document", () => {
    expect(codes([{ ...cells, kind: "other" }])).toEqual(["licence.noCellLicence"]);
  });
  it("ignores avisos when a good cell licence is on file", () => {
    expect(rule([aviso, cells]).outcome).toBe("meets");
  });
  it("sends an address mismatch to review, never passes it silently", () => {
    const result = rule([{ ...cells, address: "Blvd. Agua Caliente 4558, Tijuana" }]);
    expect(result).toEqual({
      outcome: "needs_review",
      reasons: [
        {
          code: "licence.addressMismatch",
          params: {
            number: "COFEPRIS-09-023-1234",
            licenceAddress: "Blvd. Agua Caliente 4558, Tijuana",
            facilityAddress: "Av. Paseo de los Héroes 10999, Tijuana, Baja California 22010",
          },
        },
      ],
    });
  });
  it("matches addresses written differently", () => {
    expect(rule([{ ...cells, address: "AV. PASEO DE LOS HÉROES #10999, TIJUANA" }]).outcome).toBe("meets");
  });
  it("refuses impossible dates", () => {
    expect(codes([{ ...cells, issuedOn: "2026-12-01", expiresOn: "2029-12-01" }])).toEqual([
      "licence.issuedInFuture",
    ]);
    expect(codes([{ ...cells, issuedOn: "2027-01-01", expiresOn: "2026-12-31" }])).toEqual([
      "licence.issuedInFuture",
      "licence.endsBeforeIssue",
    ]);
  });
  it("sends a licence without a number to review", () => {
    expect(codes([{ ...cells, number: " " }])).toEqual(["licence.numberNotStated"]);
  });
  it("meets when one of several cell licences is good", () => {
    expect(rule([{ ...cells, number: "OLD", expiresOn: "2020-01-01" }, cells]).outcome).toBe("meets");
  });
  it("reports every cell licence's problem, and the avisos, when none is good", () => {
    const result = rule([
      { ...cells, number: "OLD", issuedOn: "2015-01-01", expiresOn: "2020-01-01" },
      { ...cells, number: "ELSEWHERE", address: "Calle 5 100, Mexicali" },
      aviso,
    ]);
    expect(result.outcome).toBe("fails");
    expect(result.reasons.map((r) => r.code)).toEqual([
      "licence.expired",
      "licence.avisoIsNotLicence",
      "licence.addressMismatch",
    ]);
  });
});
