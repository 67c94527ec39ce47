import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RED_FLAG_CODES, scanText } from "./index.js";

const codes = (text: string) => [...new Set(scanText(text).findings.map((f) => f.code))].sort();

describe("scanText", () => {
  it("finds each contract example, in English and Spanish", () => {
    const examples: Array<[string, string]> = [
      ["guaranteed-outcome", "Guaranteed improvement for every patient."],
      ["guaranteed-outcome", "Resultados garantizados."],
      ["cure-claim", "A cure for paralysis."],
      ["cure-claim", "Cura la parálisis."],
      ["miracle-hype", "Miracle cells, a revolutionary breakthrough."],
      ["miracle-hype", "Una terapia milagrosa."],
      ["absolute-safety", "No side effects, 100% safe."],
      ["absolute-safety", "Totalmente seguro, sin riesgos."],
      ["regulatory-misuse", "FDA-approved stem cell therapy."],
      ["regulatory-misuse", "Tratamiento aprobado por la FDA."],
      ["pay-to-participate", "Join our paid clinical study for $14,000."],
      ["pay-to-participate", "Pague su cuota para participar en el estudio."],
      ["downplays-rehabilitation", "No rehab needed."],
      ["downplays-rehabilitation", "Sin necesidad de rehabilitación."],
      ["pressure-tactics", "Only 3 spots left this month."],
      ["pressure-tactics", "Cupo limitado, promoción válida solo esta semana."],
      ["unsupported-evidence", "Clinically proven: 92% of our patients improve."],
      ["unsupported-evidence", "Clínicamente comprobado."],
      ["opaque-cell-source", "Our proprietary cell formula."],
      ["opaque-cell-source", "No compartimos el certificado de análisis."],
      ["panacea", "We treat autism, ALS, diabetes and spinal cord injury."],
      ["panacea", "Trata autismo, diabetes, Parkinson y lesión medular."],
    ];
    for (const [code, text] of examples) expect(codes(text), text).toContain(code);
  });

  it("stays quiet on the contract's honest examples", () => {
    for (const text of [
      "This is not a cure.",
      "We do not guarantee results.",
      "No garantizamos resultados.",
      "Cells may help some patients.",
      "The potential to improve sensation is being studied.",
      "Beware of clinics that guarantee results.",
      "A red flag is a clinic that calls its COA proprietary.",
      "COFEPRIS licencia sanitaria 23-TR-09-0041.",
    ]) {
      expect(codes(text), text).toEqual([]);
    }
  });

  it("does not let a disclaimer cancel a separate claim", () => {
    expect(codes("This is not a cure, but our patients walk again.")).toContain("cure-claim");
  });

  it("maps spans back to the original text, across accents and line breaks", () => {
    const text = "Nuestro equipo:\nGARANTIZAMOS\n  resultados. Células   milagrosas.";
    const report = scanText(text);
    expect(report.language).toBe("es");
    for (const f of report.findings) expect(text.slice(f.start, f.end)).toBe(f.excerpt);
    expect(report.findings.map((f) => f.excerpt)).toContain("milagrosas");
  });

  it("explains in the reader's language when asked", () => {
    const [finding] = scanText("No side effects.", { locale: "es" }).findings;
    expect(finding!.explanation).toMatch(/riesgos/);
    expect(finding!.severity).toBe("high");
  });

  it("never throws, and every span is inside the text and matches its excerpt (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => {
        const text = `${s} guaranteed results ${s} sin efectos secundarios`;
        for (const f of scanText(text).findings) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(f.start, f.end)).toBe(f.excerpt);
          expect(RED_FLAG_CODES).toContain(f.code);
        }
      }),
    );
  });

  it("meets the targets on the tuning corpus (micro-F1 ≥ 0.90, ≤ 3 % false positives on clean passages)", () => {
    const rows = readFileSync(new URL("../../../../corpus/redflags/tune.jsonl", import.meta.url), "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { text: string; codes: string[] });
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let cleanFp = 0;
    let clean = 0;
    for (const r of rows) {
      const got = new Set(codes(r.text));
      if (r.codes.length === 0) {
        clean++;
        if (got.size) cleanFp++;
      }
      for (const c of RED_FLAG_CODES) {
        if (got.has(c) && r.codes.includes(c)) tp++;
        else if (got.has(c)) fp++;
        else if (r.codes.includes(c)) fn++;
      }
    }
    const p = tp / (tp + fp);
    const rec = tp / (tp + fn);
    expect((2 * p * rec) / (p + rec)).toBeGreaterThanOrEqual(0.9);
    expect(cleanFp / clean).toBeLessThanOrEqual(0.03);
  });
});
