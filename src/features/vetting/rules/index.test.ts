import { describe, expect, it } from "vitest";
import { adviseStandards, type FacilityDossier, ruleReasonText } from "./index.js";

const TODAY = "2026-11-24";

const dossier: FacilityDossier = {
  facility: {
    kind: "hospital",
    hasNeurology: true,
    hasImaging: true,
    hasEmergency: true,
    street: "Av. Paseo de los Héroes 10999",
    city: "Tijuana",
    state: "Baja California",
    postalCode: "22010",
  },
  clinicians: [
    {
      fullName: "Dra. Ana Ruiz",
      role: "lead_physician",
      specialty: "neurology",
      cedulaProfesional: "12345678",
      certificateIssuedOn: "2024-03-01",
      certificateExpiresOn: "2029-03-01",
      leadsTeam: true,
      performsIntrathecal: true,
      intrathecalProcedures: 120,
    },
  ],
  licences: [
    {
      kind: "licencia_sanitaria_cells",
      number: "L-1",
      scope: "células troncales",
      address: "Av. Paseo de los Héroes 10999, Tijuana",
      issuedOn: "2024-01-01",
      expiresOn: "2027-01-01",
    },
  ],
  programmes: [
    {
      slug: "uc-msc",
      cellSource: "adipose",
      autologous: true,
      routeDetails: [
        {
          route: "intrathecal",
          doseCells: 5e7,
          administeredBy: "neurologist",
          setting: "hospital_procedure_room",
        },
      ],
      cellLots: [
        {
          lotCode: "AD-1",
          issuedOn: "2026-10-01",
          expiresOn: "2027-04-01",
          coa: {
            lotId: "AD-1",
            cellSource: "adipose",
            autologous: true,
            laboratory: { independentOfClinic: true },
            identity: {
              markers: { CD73: 97, CD90: 98, CD105: 95, CD45: 1, CD34: 1, CD11b: 1, CD79a: 1, "HLA-DR": 1 },
            },
            totalViableCells: "60 x 10^6",
            viabilityPercent: "91,5 %",
            sterility: { result: "Sin crecimiento" },
            mycoplasma: { result: "No detectado" },
            endotoxin: { value: "< 0.1", unit: "EU/kg" },
          },
        },
      ],
    },
  ],
};

describe("adviseStandards", () => {
  it("advises on all four standards for a facility that meets them", () => {
    const advice = adviseStandards(dossier, TODAY);
    expect(Object.fromEntries(Object.entries(advice).map(([s, r]) => [s, r.outcome]))).toEqual({
      hospital_setting: "meets",
      specialist_team: "meets",
      cofepris_licence: "meets",
      coa_per_lot: "meets",
    });
    expect(advice.coa_per_lot.reasons.map((r) => ruleReasonText(r, "es"))).toEqual([
      "lote AD-1: el certificado de análisis cumple todos los criterios para uso intratecal",
    ]);
  });
  it("holds the COA standard only when every programme's lots pass", () => {
    const [programme] = dossier.programmes;
    const advice = adviseStandards(
      { ...dossier, programmes: [programme!, { ...programme!, slug: "second", cellLots: [] }] },
      TODAY,
    );
    expect(advice.coa_per_lot).toEqual({
      outcome: "insufficient",
      reasons: [{ code: "coa.noLots", params: { programme: "second" } }],
    });
  });
  it("is insufficient on the COA standard without programmes", () => {
    expect(adviseStandards({ ...dossier, programmes: [] }, TODAY).coa_per_lot).toEqual({
      outcome: "insufficient",
      reasons: [{ code: "coa.noProgrammes" }],
    });
  });
  it("sees lapsed documents when today moves on", () => {
    const advice = adviseStandards(dossier, "2027-01-02");
    expect(advice.cofepris_licence.outcome).toBe("fails");
    expect(advice.coa_per_lot.outcome).toBe("meets");
  });
});
