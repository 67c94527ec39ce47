import { describe, expect, it } from "vitest";
import type { InjectorKind, Specialty } from "../../../shared/domain.js";
import type { ClinicianFacts, ProgrammeFacts } from "./facts.js";
import { specialistTeamRule } from "./specialist-team.js";

const TODAY = "2026-11-24";

const lead: ClinicianFacts = {
  fullName: "Dra. Ana Ruiz",
  role: "lead_physician",
  specialty: "neurology",
  cedulaProfesional: "12345678",
  certificateIssuedOn: "2024-03-01",
  certificateExpiresOn: "2029-03-01",
  leadsTeam: true,
  performsIntrathecal: false,
  intrathecalProcedures: null,
};
const injector: ClinicianFacts = {
  fullName: "Dr. Luis Peña",
  role: "physician",
  specialty: "anesthesiology",
  cedulaProfesional: "7654321",
  certificateIssuedOn: "2023-06-15",
  certificateExpiresOn: "2028-06-15",
  leadsTeam: false,
  performsIntrathecal: true,
  intrathecalProcedures: 250,
};
const programme = (administeredBy: InjectorKind = "anesthesiologist"): ProgrammeFacts => ({
  slug: "it-iv",
  cellSource: "umbilical_cord",
  autologous: false,
  routeDetails: [
    { route: "intrathecal", doseCells: 1e8, administeredBy, setting: "hospital_operating_room" },
    { route: "intravenous", doseCells: 1e8, administeredBy: "nurse", setting: "hospital_ward" },
  ],
});

const rule = (clinicians: ClinicianFacts[], programmes: ProgrammeFacts[] = [programme()]) =>
  specialistTeamRule({ clinicians, programmes }, TODAY);
const codes = (result: ReturnType<typeof rule>) => result.reasons.map((r) => r.code);

describe("specialistTeamRule", () => {
  it("meets with a certified physician lead and a qualified, experienced injector", () => {
    const result = rule([lead, injector]);
    expect(result.outcome).toBe("meets");
    expect(result.reasons).toEqual([
      { code: "team.leadPhysician", params: { name: "Dra. Ana Ruiz", cedula: "12345678" } },
      { code: "team.injectorQualified", params: { name: "Dr. Luis Peña", specialty: "anesthesiology" } },
      { code: "team.certificateValid", params: { name: "Dra. Ana Ruiz", validUntil: "2029-03-01" } },
      { code: "team.certificateValid", params: { name: "Dr. Luis Peña", validUntil: "2028-06-15" } },
    ]);
  });

  describe("lead physician", () => {
    it("fails without a lead", () => {
      expect(rule([{ ...lead, leadsTeam: false }, injector])).toMatchObject({
        outcome: "fails",
        reasons: [{ code: "team.noLead" }],
      });
    });
    it("fails when the lead is not a physician", () => {
      const result = rule([{ ...lead, role: "coordinator", specialty: "other" }, injector]);
      expect(result.outcome).toBe("fails");
      expect(result.reasons).toContainEqual({
        code: "team.leadNotPhysician",
        params: { name: "Dra. Ana Ruiz", role: "coordinator" },
      });
    });
    it("accepts a rehabilitation physician as lead", () => {
      expect(
        rule([{ ...lead, role: "rehabilitation_physician", specialty: "rehabilitation_medicine" }, injector])
          .outcome,
      ).toBe("meets");
    });
    it.each([null, "", "  "])("fails a lead with cédula %j", (cedulaProfesional) => {
      const result = rule([{ ...lead, cedulaProfesional }, injector]);
      expect(result.outcome).toBe("fails");
      expect(codes(result)).toEqual(["team.leadNoCedula"]);
    });
    it.each(["1234567", "12345678", " 1234567 "])("accepts the cédula %j", (cedulaProfesional) => {
      expect(rule([{ ...lead, cedulaProfesional }, injector]).outcome).toBe("meets");
    });
    it.each(["123456", "123456789", "1234-567", "ABC1234"])(
      "sends the cédula %j to review, not to fail",
      (cedula) => {
        const result = rule([{ ...lead, cedulaProfesional: cedula }, injector]);
        expect(result.outcome).toBe("needs_review");
        expect(result.reasons).toEqual([
          { code: "team.cedulaFormat", params: { name: "Dra. Ana Ruiz", cedula } },
        ]);
      },
    );
    it("does not ask a general practitioner lead for a specialty certificate", () => {
      const gp = {
        ...lead,
        specialty: "general_medicine" as const,
        certificateIssuedOn: null,
        certificateExpiresOn: null,
      };
      expect(rule([gp, injector]).outcome).toBe("meets");
    });
    it("asks a specialist lead for certificate dates", () => {
      const result = rule([{ ...lead, certificateIssuedOn: null, certificateExpiresOn: null }, injector]);
      expect(result).toMatchObject({
        outcome: "needs_review",
        reasons: [{ code: "team.certificateNotStated" }],
      });
    });
  });

  describe("intrathecal injector", () => {
    it.each<Specialty>(["neurology", "rehabilitation_medicine", "anesthesiology", "neurosurgery"])(
      "accepts %s",
      (specialty) => {
        expect(rule([lead, { ...injector, specialty }]).outcome).toBe("meets");
      },
    );
    it.each<Specialty>(["general_medicine", "orthopedics", "internal_medicine", "nursing", "other"])(
      "fails %s",
      (specialty) => {
        const result = rule([lead, { ...injector, specialty }]);
        expect(result.outcome).toBe("fails");
        expect(result.reasons).toContainEqual({
          code: "team.injectorSpecialty",
          params: { name: "Dr. Luis Peña", specialty },
        });
      },
    );
    it("sends unstated or zero experience to review", () => {
      expect(codes(rule([lead, { ...injector, intrathecalProcedures: null }]))).toEqual([
        "team.injectorExperienceNotStated",
      ]);
      expect(codes(rule([lead, { ...injector, intrathecalProcedures: 0 }]))).toEqual([
        "team.injectorNoExperience",
      ]);
    });
    it("sends an injector without a cédula to review", () => {
      expect(codes(rule([lead, { ...injector, cedulaProfesional: null }]))).toEqual([
        "team.injectorNoCedula",
      ]);
    });
    it("checks a lead who also injects once", () => {
      const both = { ...lead, performsIntrathecal: true, intrathecalProcedures: 40 };
      const result = rule([both]);
      expect(result.outcome).toBe("meets");
      expect(codes(result)).toEqual([
        "team.leadPhysician",
        "team.injectorQualified",
        "team.certificateValid",
      ]);
    });
    it("needs review when intrathecal injections are offered but nobody is named as giving them", () => {
      expect(codes(rule([lead]))).toEqual(["team.noInjector"]);
    });
    it("does not need an injector when no intrathecal route is offered", () => {
      expect(rule([lead], []).outcome).toBe("meets");
    });
    it.each<InjectorKind>(["general_physician", "nurse"])(
      "fails a programme whose injections are given by a %s",
      (kind) => {
        const result = rule([lead, injector], [programme(kind)]);
        expect(result.outcome).toBe("fails");
        expect(result.reasons).toEqual([
          { code: "team.routeInjectorNotQualified", params: { programme: "it-iv", injector: kind } },
        ]);
      },
    );
    it("sends a programme that does not say who injects to review", () => {
      expect(codes(rule([lead, injector], [programme("not_stated")]))).toEqual([
        "team.routeInjectorNotStated",
      ]);
    });
    it("accepts a programme whose injections are given by a neurosurgeon", () => {
      expect(rule([lead, injector], [programme("neurosurgeon")]).outcome).toBe("meets");
    });
  });

  describe("specialty certificates", () => {
    const withCertificate = (certificateIssuedOn: string | null, certificateExpiresOn: string | null) =>
      rule([{ ...lead, certificateIssuedOn, certificateExpiresOn }, injector]);

    it("accepts a certificate issued exactly five years ago, and not one a day older", () => {
      expect(withCertificate("2021-11-24", "2026-11-24").outcome).toBe("meets");
      const result = withCertificate("2021-11-23", "2026-11-23");
      expect(result.outcome).toBe("fails");
      expect(codes(result)).toEqual(["team.certificateTooOld", "team.certificateExpired"]);
    });
    it("fails a certificate issued within five years that has expired", () => {
      const result = withCertificate("2022-01-01", "2026-11-23");
      expect(result.reasons).toEqual([
        { code: "team.certificateExpired", params: { name: "Dra. Ana Ruiz", expiresOn: "2026-11-23" } },
      ]);
    });
    it("accepts a certificate that expires today", () => {
      expect(withCertificate("2022-01-01", TODAY).outcome).toBe("meets");
    });
    it("fails a certificate older than five years even if it claims to be valid", () => {
      const result = withCertificate("2020-01-01", "2027-01-01");
      expect(result.outcome).toBe("fails");
      expect(codes(result)).toEqual(["team.certificateTooOld", "team.certificateValidityTooLong"]);
    });
    it("reads a certificate without an expiry as valid for five years from issue", () => {
      expect(withCertificate("2023-05-10", null).reasons).toContainEqual({
        code: "team.certificateValid",
        params: { name: "Dra. Ana Ruiz", validUntil: "2028-05-10" },
      });
    });
    it("refuses impossible dates", () => {
      expect(codes(withCertificate("2027-01-01", "2032-01-01"))).toEqual(["team.certificateIssuedInFuture"]);
      expect(codes(withCertificate("2025-01-01", "2024-01-01"))).toEqual([
        "team.certificateExpired",
        "team.certificateEndsBeforeIssue",
      ]);
    });
    it("sends a validity longer than five years to review", () => {
      const result = withCertificate("2025-01-01", "2031-01-01");
      expect(result.outcome).toBe("needs_review");
      expect(codes(result)).toEqual(["team.certificateValidityTooLong"]);
    });
    it("sends a certificate without an issue date to review", () => {
      expect(codes(withCertificate(null, "2028-01-01"))).toEqual(["team.certificateIssueDateNotStated"]);
    });
    it("checks the injector's certificate too", () => {
      const result = rule([lead, { ...injector, certificateExpiresOn: "2026-01-01" }]);
      expect(result.reasons).toContainEqual({
        code: "team.certificateExpired",
        params: { name: "Dr. Luis Peña", expiresOn: "2026-01-01" },
      });
    });
    it("ignores certificates of clinicians who neither lead nor inject", () => {
      const physio: ClinicianFacts = {
        ...injector,
        fullName: "Lic. Sara Gil",
        role: "physiotherapist",
        specialty: "physiotherapy",
        performsIntrathecal: false,
        certificateExpiresOn: "2020-01-01",
      };
      expect(rule([lead, injector, physio]).outcome).toBe("meets");
    });
  });
});
