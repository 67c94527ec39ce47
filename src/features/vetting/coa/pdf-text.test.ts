import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { formFromCoaText } from "./form.js";
import { pdfText } from "./pdf-text.js";

/** A small text PDF, as a lab's certificate would be, made here so the test needs no binary fixture. */
async function makeCoaPdf(lines: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  lines.forEach((line, i) => {
    page.drawText(line, { x: 40, y: 800 - i * 18, size: 11, font });
  });
  return doc.save();
}

describe("pdfText", () => {
  it("reads a certificate's lines, and the form pre-fills from them", async () => {
    const bytes = await makeCoaPdf([
      "Certificate of Analysis - DEMO",
      "Lot No: UC-2026-0999",
      "Viability: 91.0 %",
      "Sterility: No growth",
      "CD73: 98 %",
    ]);
    const text = await pdfText(bytes);
    expect(text).toContain("Lot No: UC-2026-0999");
    expect(formFromCoaText(text!)).toMatchObject({
      lotCode: "UC-2026-0999",
      viabilityPercent: "91.0 %",
      sterilityResult: "No growth",
      marker_CD73: "98 %",
    });
  });

  it("gives null for a file that is not a readable PDF", async () => {
    expect(await pdfText(new TextEncoder().encode("%PDF-1.4 broken"))).toBeNull();
    expect(await pdfText(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBeNull();
  });
});
