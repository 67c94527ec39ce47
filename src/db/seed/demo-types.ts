import type {
  AccessibilityFeature,
  CellSource,
  ClinicianRole,
  Currency,
  EvidenceLevel,
  FacilityKind,
  InjectionSetting,
  InjectorKind,
  LicenceKind,
  PriceItem,
  PtSetting,
  Route,
  Specialty,
  SpokenLanguage,
  Standard,
  StandardStatus,
} from "../../shared/domain.js";

/**
 * The shape of the fictional demo catalogue. Dates are written relative to the day the seed runs
 * (`daysFromSeed`: -30 is thirty days before, 400 is in a little over a year) so that "vetted", "expired"
 * and "expires soon" stay true whenever the demo is started.
 */
export type RelativeDate = { daysFromSeed: number };

export type DemoCoa = {
  lotId: string;
  cellSource: "umbilical-cord" | "adipose" | "bone-marrow" | "other";
  autologous: boolean;
  laboratory: { name: string; accreditation?: string; independentOfClinic: boolean };
  identity?: { method: string; markers: Record<string, number | null> };
  totalViableCells?: number;
  viabilityPercent?: number;
  sterility?: { method: string; result: string };
  mycoplasma?: { method: string; result: string };
  endotoxin?: { value: number; unit: "EU/mL" | "EU/kg" | "EU/dose" };
  doseVolumeMl?: number;
  karyotype?: string;
  donorScreening?: Record<"HIV" | "HBV" | "HCV" | "syphilis", string>;
};

export type DemoFacility = {
  slug: string;
  name: string;
  kind: FacilityKind;
  hasNeurology: boolean;
  hasImaging: boolean;
  hasEmergency: boolean;
  hasIcu: boolean;
  street: string;
  city: string;
  state: string;
  postalCode: string;
  phone: string;
  email: string;
  website: string;
  languages: SpokenLanguage[];
  accessibility: AccessibilityFeature[];
  /** The facility's own marketing words (they may contain red flags on purpose). */
  ownTextEn: string;
  ownTextEs: string;
  clinicians: Array<{
    fullName: string;
    role: ClinicianRole;
    specialty: Specialty;
    cedulaProfesional?: string;
    cedulaEspecialidad?: string;
    certifyingCouncil?: string;
    certificateNumber?: string;
    certificateIssuedOn?: RelativeDate;
    certificateExpiresOn?: RelativeDate;
    leadsTeam?: boolean;
    performsIntrathecal?: boolean;
    intrathecalProcedures?: number;
    languages: SpokenLanguage[];
  }>;
  licences: Array<{
    authority: string;
    kind: LicenceKind;
    number: string;
    scope: string;
    address: string;
    issuedOn?: RelativeDate;
    expiresOn?: RelativeDate;
  }>;
  cellLots: Array<{
    lotCode: string;
    /** Slug of the programme the lot is for, if any. */
    programmeSlug?: string;
    coa: DemoCoa;
    issuedOn: RelativeDate;
    expiresOn?: RelativeDate;
  }>;
  /** Exactly one entry per standard. */
  standards: Record<
    Standard,
    {
      status: StandardStatus;
      checkedOn?: RelativeDate;
      checkedBy?: string;
      reasonEn?: string;
      reasonEs?: string;
      evidence?: string;
      validUntil?: RelativeDate;
    }
  >;
  testimonials: Array<{ programmeSlug?: string; authorLabel: string; language: "en" | "es"; body: string }>;
  programmes: DemoProgramme[];
};

export type DemoProgramme = {
  slug: string;
  titleEn: string;
  titleEs: string;
  ownTextEn: string;
  ownTextEs: string;
  cellSource: CellSource;
  autologous: boolean | null;
  routes: Array<{
    route: Route;
    doseCells: number | null;
    sessions: number;
    scheduleDays: number[];
    administeredBy: InjectorKind;
    setting: InjectionSetting;
  }>;
  ptDays: number;
  ptMinutesPerDay: number;
  ptSetting: PtSetting;
  ptIncluded: boolean;
  lengthOfStayDays: number | null;
  eligibilityEn: string;
  eligibilityEs: string;
  followUpEn: string;
  followUpEs: string;
  evidenceLevel: EvidenceLevel;
  /** null: the clinic publishes no price. */
  price: { lowMinor: number; highMinor: number; currency: Currency; asOf: RelativeDate } | null;
  /** Earlier advertised prices, oldest first (price history). */
  previousPrices?: Array<{ lowMinor: number; highMinor: number; currency: Currency; asOf: RelativeDate }>;
  /** Items not listed are "not stated". Priced exclusions are in the programme's price currency. */
  priceItems: Partial<
    Record<
      PriceItem,
      | { status: "included"; noteEn?: string; noteEs?: string }
      | { status: "excluded_priced"; lowMinor: number; highMinor: number; noteEn?: string; noteEs?: string }
      | { status: "excluded_unknown"; noteEn?: string; noteEs?: string }
    >
  >;
};
