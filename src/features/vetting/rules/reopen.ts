import type { Standard } from "../../../shared/domain.js";

/**
 * A verification holds for the records the reviewer looked at. When the clinic changes or removes one of
 * those records, the standards that rest on it go back to "claimed" until a reviewer looks again: a
 * "verified" label must never describe data nobody has checked.
 */
export type RecordKind = "clinician" | "licence" | "lot";

const STANDARD_OF_RECORD: Record<RecordKind, Standard> = {
  clinician: "specialist_team",
  licence: "cofepris_licence",
  lot: "coa_per_lot",
};

export const standardOfRecord = (kind: RecordKind): Standard => STANDARD_OF_RECORD[kind];

/** Facility fields each standard is judged on: the setting and services, and the address on the licence. */
const FACILITY_FIELDS: Partial<Record<string, Standard[]>> = {
  kind: ["hospital_setting"],
  hasNeurology: ["hospital_setting"],
  hasImaging: ["hospital_setting"],
  hasEmergency: ["hospital_setting"],
  hasIcu: ["hospital_setting"],
  street: ["cofepris_licence"],
  city: ["cofepris_licence"],
  state: ["cofepris_licence"],
  postalCode: ["cofepris_licence"],
};

export function standardsTouchedByFacilityChange(changedFields: readonly string[]): Standard[] {
  return unique(changedFields.flatMap((f) => FACILITY_FIELDS[f] ?? []));
}

/** What of a programme the standards look at: who gives the cells, where, and how many. */
export type ProgrammeRouteShape = {
  route: string;
  doseCells: number | null;
  sessions: number;
  administeredBy: string;
  setting: string;
};

/**
 * Route changes touch the hospital setting (where and by whom the injection is given), the specialist team
 * (whoever injects must hold the right specialty) and the COA standard (lots must cover the dose). Price,
 * text and rehabilitation changes touch none of the four.
 */
export function standardsTouchedByProgrammeChange(
  before: readonly ProgrammeRouteShape[],
  after: readonly ProgrammeRouteShape[],
): Standard[] {
  const key = (routes: readonly ProgrammeRouteShape[]) =>
    JSON.stringify(
      [...routes]
        .sort((a, b) => a.route.localeCompare(b.route))
        .map((r) => [r.route, r.doseCells, r.sessions, r.administeredBy, r.setting]),
    );
  return key(before) === key(after) ? [] : ["hospital_setting", "specialist_team", "coa_per_lot"];
}

/** Removing a programme changes what the COA standard covers and where injections happen. */
export const STANDARDS_TOUCHED_BY_PROGRAMME_REMOVAL: readonly Standard[] = [
  "hospital_setting",
  "specialist_team",
  "coa_per_lot",
];

function unique(standards: Standard[]): Standard[] {
  return [...new Set(standards)];
}
