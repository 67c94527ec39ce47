import type { ClinicianRole, InjectorKind, Specialty } from "../../../shared/domain.js";
import { addYears } from "./dates.js";
import { CERTIFICATE_VALIDITY_YEARS, certificateLapsesOn } from "./expiry.js";
import type { ClinicianFacts, ProgrammeFacts } from "./facts.js";
import { combineFindings, type Finding, finding, type RuleResult } from "./outcome.js";

/**
 * Standard 2, specialist team: led by a physician with a cédula profesional, intrathecal injections given by
 * a specialist experienced in them, specialty council certificates current.
 *
 * Neurosurgeons are accepted for intrathecal injections alongside neurologists, rehabilitation physicians
 * and anesthesiologists: spinal access (lumbar drains, intrathecal pumps) is core neurosurgical training,
 * and the product brief's "neurologist or anesthesiologist" names a floor, not a closed list.
 */

const PHYSICIAN_ROLES: readonly ClinicianRole[] = ["lead_physician", "physician", "rehabilitation_physician"];
const INTRATHECAL_SPECIALTIES: readonly Specialty[] = [
  "neurology",
  "rehabilitation_medicine",
  "anesthesiology",
  "neurosurgery",
];
const INTRATHECAL_INJECTORS: readonly InjectorKind[] = [
  "neurologist",
  "rehabilitation_physician",
  "anesthesiologist",
  "neurosurgeon",
];
/** A general practitioner leading a team holds no specialty certificate; nothing to check. */
const WITHOUT_SPECIALTY_CERTIFICATE: readonly Specialty[] = ["general_medicine"];

/** The SEP issues 7- or 8-digit cédulas; other shapes may be legacy numbers, so a reviewer looks them up. */
const CEDULA_FORMAT = /^\d{7,8}$/;

export type SpecialistTeamInput = {
  clinicians: readonly ClinicianFacts[];
  /** The facility's programmes, to know whether intrathecal injections are offered and by whom. */
  programmes: readonly ProgrammeFacts[];
};

function cedulaFindings(clinician: ClinicianFacts, role: "lead" | "injector"): Finding[] {
  const name = clinician.fullName;
  const cedula = clinician.cedulaProfesional?.trim() ?? "";
  if (cedula === "") {
    return [
      role === "lead"
        ? finding("fails", "team.leadNoCedula", { name })
        : finding("needs_review", "team.injectorNoCedula", { name }),
    ];
  }
  if (!CEDULA_FORMAT.test(cedula)) return [finding("needs_review", "team.cedulaFormat", { name, cedula })];
  return role === "lead" ? [finding("meets", "team.leadPhysician", { name, cedula })] : [];
}

function certificateFindings(clinician: ClinicianFacts, today: string): Finding[] {
  const name = clinician.fullName;
  const { certificateIssuedOn: issuedOn, certificateExpiresOn: expiresOn } = clinician;
  if (issuedOn === null && expiresOn === null)
    return [finding("needs_review", "team.certificateNotStated", { name })];

  const years = CERTIFICATE_VALIDITY_YEARS;
  const findings: Finding[] = [];
  if (issuedOn === null) {
    findings.push(finding("needs_review", "team.certificateIssueDateNotStated", { name }));
  } else {
    if (issuedOn > today)
      findings.push(finding("fails", "team.certificateIssuedInFuture", { name, issuedOn }));
    if (issuedOn < addYears(today, -years)) {
      findings.push(finding("fails", "team.certificateTooOld", { name, issuedOn, years }));
    }
  }
  if (expiresOn !== null && expiresOn < today) {
    findings.push(finding("fails", "team.certificateExpired", { name, expiresOn }));
  }
  if (issuedOn !== null && expiresOn !== null) {
    if (expiresOn < issuedOn) {
      findings.push(finding("fails", "team.certificateEndsBeforeIssue", { name, issuedOn, expiresOn }));
    } else if (expiresOn > addYears(issuedOn, years)) {
      findings.push(
        finding("needs_review", "team.certificateValidityTooLong", { name, issuedOn, expiresOn, years }),
      );
    }
  }
  const validUntil = certificateLapsesOn(clinician);
  if (findings.length === 0 && validUntil !== null) {
    findings.push(finding("meets", "team.certificateValid", { name, validUntil }));
  }
  return findings;
}

function injectorFindings(injector: ClinicianFacts): Finding[] {
  const name = injector.fullName;
  const findings = [
    INTRATHECAL_SPECIALTIES.includes(injector.specialty)
      ? finding("meets", "team.injectorQualified", { name, specialty: injector.specialty })
      : finding("fails", "team.injectorSpecialty", { name, specialty: injector.specialty }),
  ];
  if (injector.intrathecalProcedures === null) {
    findings.push(finding("needs_review", "team.injectorExperienceNotStated", { name }));
  } else if (injector.intrathecalProcedures === 0) {
    findings.push(finding("needs_review", "team.injectorNoExperience", { name }));
  }
  return findings;
}

export function specialistTeamRule(
  { clinicians, programmes }: SpecialistTeamInput,
  today: string,
): RuleResult {
  const findings: Finding[] = [];
  /** Certificates to check: each lead's and each injector's, once even if they are both. */
  const certified = new Set<ClinicianFacts>();

  const leads = clinicians.filter((c) => c.leadsTeam);
  const physicianLeads = leads.filter((c) => PHYSICIAN_ROLES.includes(c.role));
  if (leads.length === 0) findings.push(finding("fails", "team.noLead"));
  else if (physicianLeads.length === 0) {
    findings.push(
      ...leads.map((c) => finding("fails", "team.leadNotPhysician", { name: c.fullName, role: c.role })),
    );
  }
  for (const lead of physicianLeads) {
    findings.push(...cedulaFindings(lead, "lead"));
    if (!WITHOUT_SPECIALTY_CERTIFICATE.includes(lead.specialty)) certified.add(lead);
  }

  const injectors = clinicians.filter((c) => c.performsIntrathecal);
  for (const injector of injectors) {
    findings.push(...injectorFindings(injector));
    if (!physicianLeads.includes(injector)) findings.push(...cedulaFindings(injector, "injector"));
    certified.add(injector);
  }

  const intrathecalRoutes = programmes.flatMap((programme) =>
    programme.routeDetails
      .filter((r) => r.route === "intrathecal")
      .map((r) => ({ programme: programme.slug, ...r })),
  );
  if (intrathecalRoutes.length > 0 && injectors.length === 0)
    findings.push(finding("needs_review", "team.noInjector"));
  for (const { programme, administeredBy } of intrathecalRoutes) {
    if (administeredBy === "not_stated") {
      findings.push(finding("needs_review", "team.routeInjectorNotStated", { programme }));
    } else if (!INTRATHECAL_INJECTORS.includes(administeredBy)) {
      findings.push(
        finding("fails", "team.routeInjectorNotQualified", { programme, injector: administeredBy }),
      );
    }
  }

  for (const clinician of certified) findings.push(...certificateFindings(clinician, today));
  return combineFindings(findings);
}
