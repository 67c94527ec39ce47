import type { InjectionSetting } from "../../../shared/domain.js";
import type { FacilityFacts, ProgrammeFacts } from "./facts.js";
import { combineFindings, type Finding, finding, type RuleResult } from "./outcome.js";

/**
 * Standard 1, hospital setting: a full-service hospital (neurology, imaging, emergency care) where every
 * intrathecal injection is given in a hospital room, never in a standalone or outpatient clinic.
 */

const HOSPITAL_SETTINGS: readonly InjectionSetting[] = [
  "hospital_operating_room",
  "hospital_procedure_room",
  "hospital_ward",
];

export type HospitalSettingInput = { facility: FacilityFacts; programmes: readonly ProgrammeFacts[] };

export function hospitalSettingRule({ facility, programmes }: HospitalSettingInput): RuleResult {
  const findings: Finding[] = [];

  if (facility.kind !== "hospital") {
    findings.push(finding("fails", "hospital.notHospital", { facilityKind: facility.kind }));
  }
  if (!facility.hasNeurology) findings.push(finding("fails", "hospital.noNeurology"));
  if (!facility.hasImaging) findings.push(finding("fails", "hospital.noImaging"));
  if (!facility.hasEmergency) findings.push(finding("fails", "hospital.noEmergency"));
  if (findings.length === 0) findings.push(finding("meets", "hospital.fullService"));

  const intrathecal = programmes.flatMap((programme) =>
    programme.routeDetails
      .filter((r) => r.route === "intrathecal")
      .map((r) => ({ programme: programme.slug, ...r })),
  );
  if (intrathecal.length === 0) findings.push(finding("meets", "hospital.noIntrathecal"));
  for (const { programme, setting } of intrathecal) {
    if (HOSPITAL_SETTINGS.includes(setting)) {
      findings.push(finding("meets", "hospital.intrathecalInHospital", { programme, setting }));
    } else if (setting === "outpatient_clinic") {
      findings.push(finding("fails", "hospital.intrathecalOutpatient", { programme }));
    } else {
      findings.push(finding("needs_review", "hospital.intrathecalSettingNotStated", { programme }));
    }
  }

  return combineFindings(findings);
}
