import { describe, expect, it } from "vitest";
import { LOCALES } from "../../../shared/domain.js";
import { placeholders } from "../coa/text.js";
import { RULE_MESSAGES, type RuleReasonCode, ruleReasonText } from "./messages.js";

const codes = Object.keys(RULE_MESSAGES.en) as RuleReasonCode[];

describe("rule messages", () => {
  it("exist in both languages for every reason code", () => {
    for (const locale of LOCALES) {
      expect(Object.keys(RULE_MESSAGES[locale]).sort()).toEqual([...codes].sort());
      for (const code of codes) expect(RULE_MESSAGES[locale][code].trim(), `${locale} ${code}`).not.toBe("");
    }
  });
  it("use the same placeholders in both languages", () => {
    for (const code of codes)
      expect(placeholders(RULE_MESSAGES.es[code]), code).toEqual(placeholders(RULE_MESSAGES.en[code]));
  });
  it("translate codes inside sentences", () => {
    const reason = {
      code: "team.injectorSpecialty" as const,
      params: { name: "Dr. X", specialty: "general_medicine" },
    };
    expect(ruleReasonText(reason, "en")).toBe(
      "Dr. X gives intrathecal injections but the specialty is general medicine",
    );
    expect(ruleReasonText(reason, "es")).toBe(
      "Dr. X aplica las inyecciones intratecales pero su especialidad es medicina general",
    );
    expect(
      ruleReasonText(
        { code: "licence.avisoIsNotLicence", params: { licenceKind: "aviso_publicidad", number: "9" } },
        "es",
      ),
    ).toBe("El aviso de publicidad 9 es un aviso, no una licencia: no autoriza el manejo de células humanas");
  });
  it("format numbers and work without params", () => {
    expect(
      ruleReasonText(
        { code: "team.certificateTooOld", params: { name: "A", issuedOn: "2020-01-01", years: 5 } },
        "en",
      ),
    ).toContain("more than 5 years ago");
    expect(ruleReasonText({ code: "licence.none" }, "es")).toBe(
      "no hay ninguna licencia de COFEPRIS registrada",
    );
  });
});
