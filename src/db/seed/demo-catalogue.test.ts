import { describe, expect, it } from "vitest";
import { STANDARDS } from "../../shared/domain.js";
import { DEMO_CATALOGUE, DEMO_REDFLAG_EXAMPLES, facilityTexts } from "./demo-catalogue.js";

const programmes = DEMO_CATALOGUE.flatMap((f) => f.programmes);
const CODES = [
  "guaranteed-outcome",
  "cure-claim",
  "miracle-hype",
  "absolute-safety",
  "regulatory-misuse",
  "pay-to-participate",
  "downplays-rehabilitation",
  "pressure-tactics",
  "unsupported-evidence",
  "opaque-cell-source",
  "panacea",
];

describe("the demo catalogue", () => {
  it("is large and varied enough to show the product", () => {
    expect(DEMO_CATALOGUE.length).toBeGreaterThanOrEqual(13);
    expect(new Set(DEMO_CATALOGUE.map((f) => f.city)).size).toBeGreaterThanOrEqual(7);
    expect(programmes.length).toBeGreaterThanOrEqual(28);
    expect(new Set(DEMO_CATALOGUE.map((f) => f.slug)).size).toBe(DEMO_CATALOGUE.length);
    expect(new Set(programmes.map((p) => p.slug)).size).toBe(programmes.length);
  });

  it("is visibly fictional", () => {
    for (const f of DEMO_CATALOGUE) {
      expect(f.name).toContain("(demo)");
      expect(f.website).toMatch(/^https:\/\/[a-z0-9-]+\.example\.mx$/);
      expect(f.email).toMatch(/@[a-z0-9-]+\.example\.mx$/);
      for (const l of f.licences) expect(l.number).toContain("DEMO");
      for (const c of f.clinicians) {
        if (c.cedulaProfesional) expect(c.cedulaProfesional).toMatch(/^99\d{5,6}$/);
        expect(c.fullName).toContain("Demo");
      }
    }
  });

  it("mixes vetting outcomes: fully verified, partly verified, lapsed and rejected", () => {
    const allVerified = DEMO_CATALOGUE.filter((f) =>
      STANDARDS.every(
        (s) => f.standards[s].status === "verified" && (f.standards[s].validUntil?.daysFromSeed ?? 0) > 0,
      ),
    );
    expect(allVerified.length).toBeGreaterThanOrEqual(5);
    expect(
      DEMO_CATALOGUE.some((f) =>
        STANDARDS.some(
          (s) => f.standards[s].status === "verified" && (f.standards[s].validUntil?.daysFromSeed ?? 1) < 0,
        ),
      ),
    ).toBe(true);
    expect(
      DEMO_CATALOGUE.filter((f) => STANDARDS.some((s) => f.standards[s].status === "rejected")).length,
    ).toBeGreaterThanOrEqual(3);
    for (const f of DEMO_CATALOGUE) expect(Object.keys(f.standards).sort()).toEqual([...STANDARDS].sort());
  });

  it("has unpublished, stale and hidden-cost prices", () => {
    expect(programmes.filter((p) => p.price === null).length).toBeGreaterThanOrEqual(2);
    expect(
      programmes.filter((p) => p.price && p.price.asOf.daysFromSeed < -180).length,
    ).toBeGreaterThanOrEqual(3);
    expect(
      programmes.filter((p) => Object.values(p.priceItems).some((i) => i?.status === "excluded_unknown"))
        .length,
    ).toBeGreaterThanOrEqual(4);
    for (const p of programmes) if (p.price) expect(p.price.lowMinor).toBeLessThanOrEqual(p.price.highMinor);
  });

  it("plants every red-flag code in English and Spanish, in the named facility's own words", () => {
    for (const code of CODES) {
      for (const language of ["en", "es"] as const) {
        const example = DEMO_REDFLAG_EXAMPLES.find((e) => e.code === code && e.language === language);
        expect(example, `${code} ${language}`).toBeDefined();
        const f = DEMO_CATALOGUE.find((x) => x.slug === example!.facilitySlug)!;
        expect(facilityTexts(f).join("\n"), `${code} ${language}`).toContain(example!.phrase);
      }
    }
  });
});
