import type {
  CellSource,
  ClinicianRole,
  FacilityKind,
  InjectionSetting,
  InjectorKind,
  LicenceKind,
  Route,
  Specialty,
} from "../../../shared/domain.js";

/**
 * What the vetting rules look at, as plain objects. Field names mirror src/db/schema.ts so a repository row
 * can be passed as is; dates are ISO calendar days (YYYY-MM-DD), as the `date` columns return them.
 */

export type FacilityFacts = {
  kind: FacilityKind;
  hasNeurology: boolean;
  hasImaging: boolean;
  hasEmergency: boolean;
  street: string;
  city: string;
  state: string;
  postalCode: string | null;
};

export type ProgrammeRouteFacts = {
  route: Route;
  /** Viable cells per session; null when the clinic does not say. */
  doseCells: number | null;
  administeredBy: InjectorKind;
  setting: InjectionSetting;
};

export type ProgrammeFacts = {
  slug: string;
  cellSource: CellSource;
  /** true: the patient's own cells; false: donor cells; null: the clinic does not say. */
  autologous: boolean | null;
  /** Named after the schema relation (`programmes.routes` is only the denormalised list of codes). */
  routeDetails: ProgrammeRouteFacts[];
};

export type ClinicianFacts = {
  fullName: string;
  role: ClinicianRole;
  specialty: Specialty;
  cedulaProfesional: string | null;
  certificateIssuedOn: string | null;
  certificateExpiresOn: string | null;
  leadsTeam: boolean;
  performsIntrathecal: boolean;
  intrathecalProcedures: number | null;
};

export type LicenceFacts = {
  kind: LicenceKind;
  number: string;
  scope: string;
  address: string;
  issuedOn: string | null;
  expiresOn: string | null;
};

export type CellLotFacts = {
  lotCode: string;
  /** The Certificate of Analysis as uploaded (COA v1 shape, unvalidated). */
  coa: unknown;
  issuedOn: string | null;
  expiresOn: string | null;
};
