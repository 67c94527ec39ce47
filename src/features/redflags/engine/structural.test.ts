import { describe, expect, it } from "vitest";
import { type ListingFacts, structuralFindings } from "./structural.js";

const good: ListingFacts = {
  leadPhysicianVerified: true,
  licenceKinds: ["licencia_sanitaria_cells", "aviso_funcionamiento"],
  lotOutcomes: ["pass"],
  ptIncluded: true,
  ptDays: 20,
  ptMinutesPerDay: 180,
  hasPrice: true,
  priceItemsListed: 10,
  testimonials: 0,
};
const codes = (f: Partial<ListingFacts>) => structuralFindings({ ...good, ...f }, "en").map((x) => x.code);

describe("structuralFindings", () => {
  it("finds nothing on a well-documented programme", () => {
    expect(codes({})).toEqual([]);
  });
  it("flags each gap in the data", () => {
    expect(codes({ leadPhysicianVerified: false })).toEqual(["no-verified-physician"]);
    expect(codes({ licenceKinds: ["aviso_funcionamiento", "aviso_publicidad"] })).toEqual(["aviso-only"]);
    expect(codes({ licenceKinds: [] })).toEqual(["no-licence"]);
    expect(codes({ lotOutcomes: [] })).toEqual(["no-coa"]);
    expect(codes({ lotOutcomes: ["pass", "fail"] })).toEqual(["coa-fails"]);
    expect(codes({ ptIncluded: false })).toEqual(["no-physical-therapy"]);
    expect(codes({ ptDays: 5, ptMinutesPerDay: 45 })).toEqual(["too-little-physical-therapy"]);
    expect(codes({ priceItemsListed: 0 })).toEqual(["price-without-inclusions"]);
    expect(codes({ hasPrice: false, priceItemsListed: 0 })).toEqual([]);
    expect(codes({ testimonials: 2 })).toEqual(["testimonials-present"]);
  });
  it("explains in Spanish", () => {
    const [f] = structuralFindings({ ...good, lotOutcomes: [] }, "es");
    expect(f!.explanation).toContain("certificado de análisis");
    expect(f!.start).toBe(0);
  });
});
