import { describe, expect, it } from "vitest";
import { SORTS } from "../features/catalogue/catalogue.schemas.js";
import { COA_CRITERIA } from "../features/vetting/coa/check.js";
import {
  ACCESSIBILITY_FEATURES,
  CELL_SOURCES,
  CLINICIAN_ROLES,
  EVIDENCE_LEVELS,
  FACILITY_KINDS,
  INJECTION_SETTINGS,
  INJECTOR_KINDS,
  LICENCE_KINDS,
  PRICE_ITEMS,
  PT_SETTINGS,
  ROUTES,
  SPECIALTIES,
  SPOKEN_LANGUAGES,
  STANDARD_STATUSES,
  STANDARDS,
  VETTING_STATUSES,
} from "../shared/domain.js";
import { en } from "./en.js";
import { es } from "./es.js";
import { i18nFor } from "./index.js";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the English and Spanish catalogues", () => {
  it("have exactly the same keys", () => {
    const enKeys = Object.keys(en).sort();
    const esKeys = Object.keys(es).sort();
    expect(
      enKeys.filter((k) => !esKeys.includes(k)),
      "missing in Spanish",
    ).toEqual([]);
    expect(
      esKeys.filter((k) => !enKeys.includes(k)),
      "missing in English",
    ).toEqual([]);
  });

  it("use the same placeholders in each message", () => {
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      expect(placeholders(es[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it("have no empty messages", () => {
    for (const [key, value] of [...Object.entries(en), ...Object.entries(es)]) {
      expect(value.trim().length, key).toBeGreaterThan(0);
    }
  });

  it("name every domain code the views look up", () => {
    const codeLists: Array<[string, readonly string[]]> = [
      ["accessibility", ACCESSIBILITY_FEATURES],
      ["cellSource", CELL_SOURCES],
      ["role", CLINICIAN_ROLES],
      ["evidence", EVIDENCE_LEVELS],
      ["evidenceWhat", EVIDENCE_LEVELS],
      ["facilityKind", FACILITY_KINDS],
      ["setting", INJECTION_SETTINGS],
      ["injector", INJECTOR_KINDS],
      ["licenceKind", LICENCE_KINDS],
      ["priceItem", PRICE_ITEMS],
      ["ptSetting", PT_SETTINGS],
      ["route", ROUTES],
      ["specialty", SPECIALTIES],
      ["spokenLanguage", SPOKEN_LANGUAGES],
      ["standardStatus", STANDARD_STATUSES],
      ["standard", STANDARDS],
      ["standardWhat", STANDARDS],
      ["vetting", VETTING_STATUSES],
      ["sort", SORTS],
      ["quote.state", ["included", "excluded_priced", "excluded_unknown", "not_stated"]],
      ["coaCriterion", COA_CRITERIA],
      ["coaStatus", ["pass", "fail", "missing"]],
      ["coaVerdict", ["pass", "fail", "incomplete"]],
      ["severity", ["high", "medium"]],
    ];
    const missing: string[] = [];
    for (const [prefix, codes] of codeLists) {
      for (const code of codes) {
        const key = `${prefix}.${code}`;
        if (!(key in en)) missing.push(`en:${key}`);
        if (!(key in es)) missing.push(`es:${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe("i18nFor", () => {
  it("fills placeholders and formats money and dates per locale", () => {
    const t = i18nFor("es");
    expect(t.t("search.count", { count: 3 })).toBe("Se encontraron 3 programas.");
    expect(t.money(1_250_000, "USD")).toContain("12,500");
    expect(i18nFor("en").date("2026-03-01")).toBe("Mar 1, 2026");
  });
  it("leaves an unknown placeholder visible rather than silently dropping it", () => {
    expect(i18nFor("en").t("search.count")).toBe("{count} programmes found.");
  });
});
