/**
 * The domain's closed vocabularies. The database CHECK constraints, the zod schemas, the views and the
 * i18n catalogues all derive from these lists, so adding a value happens here first.
 */
export const LOCALES = ["en", "es"] as const;
export type Locale = (typeof LOCALES)[number];

export const FACILITY_KINDS = ["hospital", "clinic"] as const;
export type FacilityKind = (typeof FACILITY_KINDS)[number];

export const ACCESSIBILITY_FEATURES = [
  "step_free_entrance",
  "elevator",
  "accessible_toilet",
  "roll_in_shower",
  "ceiling_hoist",
  "accessible_parking",
  "accessible_transport",
  "adjustable_beds",
] as const;
export type AccessibilityFeature = (typeof ACCESSIBILITY_FEATURES)[number];

export const CLINICIAN_ROLES = [
  "lead_physician",
  "physician",
  "rehabilitation_physician",
  "physiotherapist",
  "nurse",
  "laboratory_lead",
  "coordinator",
] as const;
export type ClinicianRole = (typeof CLINICIAN_ROLES)[number];

export const SPECIALTIES = [
  "neurology",
  "rehabilitation_medicine",
  "anesthesiology",
  "neurosurgery",
  "orthopedics",
  "internal_medicine",
  "general_medicine",
  "physiotherapy",
  "nursing",
  "laboratory_science",
  "other",
] as const;
export type Specialty = (typeof SPECIALTIES)[number];

export const LICENCE_KINDS = [
  "licencia_sanitaria_cells",
  "licencia_sanitaria_hospital",
  "aviso_funcionamiento",
  "aviso_publicidad",
  "other",
] as const;
export type LicenceKind = (typeof LICENCE_KINDS)[number];

export const CELL_SOURCES = ["umbilical_cord", "adipose", "bone_marrow", "other", "undisclosed"] as const;
export type CellSource = (typeof CELL_SOURCES)[number];

export const ROUTES = ["intrathecal", "intravenous", "intramuscular", "local"] as const;
export type Route = (typeof ROUTES)[number];

export const INJECTOR_KINDS = [
  "neurologist",
  "anesthesiologist",
  "neurosurgeon",
  "rehabilitation_physician",
  "general_physician",
  "nurse",
  "not_stated",
] as const;
export type InjectorKind = (typeof INJECTOR_KINDS)[number];

export const INJECTION_SETTINGS = [
  "hospital_operating_room",
  "hospital_procedure_room",
  "hospital_ward",
  "outpatient_clinic",
  "not_stated",
] as const;
export type InjectionSetting = (typeof INJECTION_SETTINGS)[number];

export const PT_SETTINGS = ["inpatient", "outpatient", "none"] as const;
export type PtSetting = (typeof PT_SETTINGS)[number];

/** Candor's own label for the strength of evidence behind a programme's protocol. */
export const EVIDENCE_LEVELS = [
  "experimental_phase1_safety",
  "experimental_uncontrolled",
  "experimental_no_published_data",
] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

/** The all-in quote checklist (issue: honest costs). Order is the display order. */
export const PRICE_ITEMS = [
  "cell_processing",
  "intrathecal_session",
  "iv_session",
  "anaesthesia",
  "imaging",
  "lab_work",
  "hospital_nights",
  "physical_therapy",
  "consultations",
  "follow_up",
  "transfers",
  "interpreter",
] as const;
export type PriceItem = (typeof PRICE_ITEMS)[number];

export const PRICE_ITEM_STATUSES = ["included", "excluded_priced", "excluded_unknown"] as const;
export type PriceItemStatus = (typeof PRICE_ITEM_STATUSES)[number];

export const STANDARDS = ["hospital_setting", "specialist_team", "cofepris_licence", "coa_per_lot"] as const;
export type Standard = (typeof STANDARDS)[number];

export const STANDARD_STATUSES = ["verified", "claimed", "missing", "rejected", "expired"] as const;
export type StandardStatus = (typeof STANDARD_STATUSES)[number];

/** A facility's public status, derived from its four standards (see vetting/status.ts). */
export const VETTING_STATUSES = ["vetted", "partly_verified", "not_verified", "lapsed"] as const;
export type VettingStatus = (typeof VETTING_STATUSES)[number];

export const CURRENCIES = ["USD", "MXN", "CAD", "EUR"] as const;
export type Currency = (typeof CURRENCIES)[number];

/** Languages a facility may list as spoken; ISO 639-1. */
export const SPOKEN_LANGUAGES = ["es", "en", "fr", "de", "pt", "zh"] as const;
export type SpokenLanguage = (typeof SPOKEN_LANGUAGES)[number];

/** Account roles. Clinic staff also need a membership of each facility they act for. */
export const ROLES = ["patient", "clinic_staff", "reviewer", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** One-time tokens sent by email; only a hash is stored. */
export const TOKEN_PURPOSES = ["verify_email", "reset_password", "invite"] as const;
export type TokenPurpose = (typeof TOKEN_PURPOSES)[number];
