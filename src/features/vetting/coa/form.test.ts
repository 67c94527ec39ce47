import { describe, expect, it } from "vitest";
import { checkCoa } from "./check.js";
import { coaFromForm, formFromCoa, formFromCoaText } from "./form.js";

const ENGLISH = `Certificate of Analysis — DEMO (fictional)
Independent third-party laboratory
Laboratory: Laboratorio Analítico Demo S.A.
Accreditation: ISO/IEC 17025:2017
Lot No: UC-2026-0412
Date of issue: 2026-10-01
Expiry date: 2027-04-01
Product: allogeneic umbilical cord mesenchymal stromal cells
CD73: 98.2 %   CD90: 99.1 %   CD105: 96.4 %
CD45: 0.4 %   CD34: < 0.5 %   CD14: 0.3 %   CD19: 0.2 %   HLA-DR: 0.8 %
Total viable cells: 1.2 x 10^8
Viability: 94.5 %
Sterility (USP <71>): No growth
Mycoplasma (PCR): Negative
Endotoxin (LAL): 0.25 EU/mL
Dose volume: 10 mL
Karyotype: normal
HIV: negative  HBV: negative  HCV: negative  Syphilis: negative`;

const SPANISH = `Certificado de análisis — DEMO (ficticio)
Laboratorio independiente
Laboratorio: Laboratorio Demo del Bajío
Lote: AD-77
Fecha de emisión: 2026-09-15
Células viables totales: 80 millones
Viabilidad: 65,0 %
Esterilidad: sin crecimiento
Micoplasma: negativo
Endotoxinas: 0,1 EU/kg
CD73: 97 %  CD90: 98 %  CD105: 80 %  CD45: 1 %  CD34: 1 %  CD11b: 1 %  CD79a: 0,5 %  HLA-DR: 1 %
Tejido adiposo autólogo`;

describe("formFromCoaText", () => {
  it("reads an English certificate into the form, and the check passes it", () => {
    const values = formFromCoaText(ENGLISH);
    expect(values).toMatchObject({
      lotCode: "UC-2026-0412",
      issuedOn: "2026-10-01",
      expiresOn: "2027-04-01",
      laboratoryName: "Laboratorio Analitico Demo S.A.",
      independentOfClinic: "yes",
      autologous: "no",
      cellSource: "umbilical-cord",
      marker_CD73: "98.2 %",
      marker_CD34: "<0.5 %",
      totalViableCells: "1.2 x 10^8",
      viabilityPercent: "94.5 %",
      sterilityResult: "No growth",
      mycoplasmaResult: "Negative",
      endotoxinValue: "0.25",
      endotoxinUnit: "EU/mL",
      doseVolumeMl: "10",
      donor_HIV: "negative",
      donor_syphilis: "negative",
    });
    const result = checkCoa(coaFromForm(values), { route: "intravenous", weightKg: 70, doseCells: 1e8 });
    expect(result.verdict).toBe("pass");
  });

  it("reads a Spanish certificate, and the check fails it on viability and CD105", () => {
    const values = formFromCoaText(SPANISH);
    expect(values).toMatchObject({
      lotCode: "AD-77",
      viabilityPercent: "65,0 %",
      sterilityResult: "sin crecimiento",
      endotoxinUnit: "EU/kg",
      autologous: "yes",
      cellSource: "adipose",
      marker_CD105: "80 %",
    });
    const result = checkCoa(coaFromForm(values), { route: "intrathecal", weightKg: 70, doseCells: 5e7 });
    expect(result.verdict).toBe("fail");
    expect(result.criteria.viability.status).toBe("fail");
    expect(result.criteria.identity.status).toBe("fail");
  });

  it("fills nothing it cannot find", () => {
    expect(formFromCoaText("A photo of a building.")).toEqual({});
  });
});

describe("coaFromForm", () => {
  it("leaves empty fields out instead of guessing", () => {
    const coa = coaFromForm({ lotCode: "X1", viabilityPercent: " ", independentOfClinic: "unknown" });
    expect(coa).toEqual({ lotId: "X1", laboratory: {} });
    expect(checkCoa(coa, { route: "intrathecal", weightKg: 70, doseCells: null }).verdict).toBe("incomplete");
  });
});

describe("formFromCoa", () => {
  it("gives back the values a lot was saved from, so editing starts from what is on file", () => {
    const typed = formFromCoaText(ENGLISH);
    const stored = coaFromForm(typed);
    const back = formFromCoa(stored, {
      lotCode: typed.lotCode!,
      issuedOn: typed.issuedOn ?? null,
      expiresOn: typed.expiresOn ?? null,
    });
    expect(back).toEqual(typed);
    expect(coaFromForm(back)).toEqual(stored);
  });

  it("writes numbers from an uploaded JSON certificate as text and leaves absent values out", () => {
    const back = formFromCoa(
      { viabilityPercent: 92.5, totalViableCells: 120000000, laboratory: { independentOfClinic: false } },
      { lotCode: "L-1", issuedOn: null, expiresOn: null },
    );
    expect(back).toEqual({
      lotCode: "L-1",
      viabilityPercent: "92.5",
      totalViableCells: "120000000",
      independentOfClinic: "no",
    });
  });
});
