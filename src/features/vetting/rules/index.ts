import type { Standard } from "../../../shared/domain.js";
import { coaPerLotRule } from "./coa-per-lot.js";
import { cofeprisLicenceRule } from "./cofepris-licence.js";
import type { CellLotFacts, ClinicianFacts, FacilityFacts, LicenceFacts, ProgrammeFacts } from "./facts.js";
import { hospitalSettingRule } from "./hospital-setting.js";
import { combineFindings, finding, mergeResults, type RuleResult } from "./outcome.js";
import { specialistTeamRule } from "./specialist-team.js";

export { addressesMatch, addressWords } from "./address.js";
export {
  type CoaPerLotInput,
  coaPerLotRule,
  largestDose,
  REFERENCE_WEIGHT_KG,
  strictestCoaRoute,
} from "./coa-per-lot.js";
export { type CofeprisLicenceInput, cofeprisLicenceRule } from "./cofepris-licence.js";
export {
  CERTIFICATE_VALIDITY_YEARS,
  certificateLapsesOn,
  deriveExpiry,
  type VerificationDocuments,
} from "./expiry.js";
export type {
  CellLotFacts,
  ClinicianFacts,
  FacilityFacts,
  LicenceFacts,
  ProgrammeFacts,
  ProgrammeRouteFacts,
} from "./facts.js";
export { type HospitalSettingInput, hospitalSettingRule } from "./hospital-setting.js";
export { RULE_MESSAGES, type RuleReasonCode, ruleReasonText } from "./messages.js";
export { RULE_OUTCOMES, type RuleOutcome, type RuleReason, type RuleResult } from "./outcome.js";
export { type SpecialistTeamInput, specialistTeamRule } from "./specialist-team.js";

/** Everything on file for one facility, each programme with the cell lots currently offered for it. */
export type FacilityDossier = {
  facility: FacilityFacts;
  clinicians: readonly ClinicianFacts[];
  licences: readonly LicenceFacts[];
  programmes: ReadonlyArray<ProgrammeFacts & { cellLots: readonly CellLotFacts[] }>;
};

/**
 * The advice for each of the four standards, for the review screen. The COA standard holds only when every
 * programme's lots pass.
 */
export function adviseStandards(dossier: FacilityDossier, today: string): Record<Standard, RuleResult> {
  const { facility, clinicians, licences, programmes } = dossier;
  return {
    hospital_setting: hospitalSettingRule({ facility, programmes }),
    specialist_team: specialistTeamRule({ clinicians, programmes }, today),
    cofepris_licence: cofeprisLicenceRule({ facility, licences }, today),
    coa_per_lot:
      programmes.length === 0
        ? combineFindings([finding("insufficient", "coa.noProgrammes")])
        : mergeResults(
            programmes.map(({ cellLots, ...programme }) => coaPerLotRule({ programme, cellLots }, today)),
          ),
  };
}
