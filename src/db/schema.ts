import { relations, sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import {
  ACCESSIBILITY_FEATURES,
  type AccessibilityFeature,
  CELL_SOURCES,
  type CellSource,
  CLINICIAN_ROLES,
  type ClinicianRole,
  type Currency,
  EVIDENCE_LEVELS,
  type EvidenceLevel,
  FACILITY_KINDS,
  type FacilityKind,
  INJECTION_SETTINGS,
  INJECTOR_KINDS,
  type InjectionSetting,
  type InjectorKind,
  LICENCE_KINDS,
  type LicenceKind,
  PRICE_ITEM_STATUSES,
  type PriceItem,
  type PriceItemStatus,
  PT_SETTINGS,
  type PtSetting,
  ROLES,
  ROUTES,
  type Role,
  type Route,
  SPECIALTIES,
  type Specialty,
  type SpokenLanguage,
  STANDARD_STATUSES,
  STANDARDS,
  type Standard,
  type StandardStatus,
  TOKEN_PURPOSES,
  type TokenPurpose,
  VETTING_STATUSES,
  type VettingStatus,
} from "../shared/domain.js";

/**
 * The whole domain as the product brief describes it. Codes (kinds, statuses, sources) are text columns
 * guarded by CHECK constraints so PGlite and PostgreSQL enforce the same vocabulary; the TypeScript unions
 * live in src/shared/domain.ts and are the only list to edit.
 */

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

const inList = (column: string, values: readonly string[]) =>
  sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(", ")})`);

export const facilities = pgTable(
  "facilities",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    kind: text("kind").$type<FacilityKind>().notNull(),
    hasNeurology: boolean("has_neurology").notNull().default(false),
    hasImaging: boolean("has_imaging").notNull().default(false),
    hasEmergency: boolean("has_emergency").notNull().default(false),
    hasIcu: boolean("has_icu").notNull().default(false),
    street: text("street").notNull(),
    city: text("city").notNull(),
    state: text("state").notNull(),
    postalCode: text("postal_code"),
    country: text("country").notNull().default("MX"),
    phone: text("phone"),
    email: text("email"),
    website: text("website"),
    /** ISO 639-1 codes of languages the team speaks with patients. */
    languages: text("languages").array().$type<SpokenLanguage[]>().notNull().default(sql`'{}'::text[]`),
    accessibility: text("accessibility")
      .array()
      .$type<AccessibilityFeature[]>()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** The facility's own words, shown as theirs (and scanned for red flags). */
    ownTextEn: text("own_text_en").notNull().default(""),
    ownTextEs: text("own_text_es").notNull().default(""),
    /** Derived from standard_verifications by the vetting rules; stored so search can filter on it. */
    vettingStatus: text("vetting_status").$type<VettingStatus>().notNull().default("not_verified"),
    vettingStatusAt: timestamp("vetting_status_at", { withTimezone: true }).notNull().defaultNow(),
    isDemo: boolean("is_demo").notNull().default(false),
    /**
     * Public only once a reviewer has looked at it; staff edits that add a high-severity red flag take it
     * down again until a reviewer has seen them.
     */
    published: boolean("published").notNull().default(true),
    /** Set when staff submit the facility for review; the reviewer queue is ordered by it, oldest first. */
    reviewRequestedAt: timestamp("review_requested_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("facilities_slug_key").on(t.slug),
    index("facilities_city_idx").on(t.city),
    index("facilities_vetting_status_idx").on(t.vettingStatus),
    check("facilities_kind_check", inList("kind", FACILITY_KINDS)),
    check("facilities_vetting_status_check", inList("vetting_status", VETTING_STATUSES)),
    check(
      "facilities_accessibility_check",
      sql.raw(`accessibility <@ array[${ACCESSIBILITY_FEATURES.map((a) => `'${a}'`).join(",")}]::text[]`),
    ),
  ],
);

export const clinicians = pgTable(
  "clinicians",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    facilityId: uuid("facility_id")
      .notNull()
      .references(() => facilities.id, { onDelete: "cascade" }),
    fullName: text("full_name").notNull(),
    role: text("role").$type<ClinicianRole>().notNull(),
    specialty: text("specialty").$type<Specialty>().notNull(),
    /** Cédula profesional (SEP/DGP). Stored as text: legacy numbers may be shorter than 7 digits. */
    cedulaProfesional: text("cedula_profesional"),
    cedulaEspecialidad: text("cedula_especialidad"),
    /** Specialty council (CONACEM member) that issued the certificate. */
    certifyingCouncil: text("certifying_council"),
    certificateNumber: text("certificate_number"),
    certificateIssuedOn: date("certificate_issued_on"),
    certificateExpiresOn: date("certificate_expires_on"),
    leadsTeam: boolean("leads_team").notNull().default(false),
    performsIntrathecal: boolean("performs_intrathecal").notNull().default(false),
    /** Intrathecal procedures performed, as declared; null when not stated. */
    intrathecalProcedures: integer("intrathecal_procedures"),
    languages: text("languages").array().notNull().default(sql`'{}'::text[]`),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [
    index("clinicians_facility_idx").on(t.facilityId),
    check("clinicians_role_check", inList("role", CLINICIAN_ROLES)),
    check("clinicians_specialty_check", inList("specialty", SPECIALTIES)),
    check("clinicians_it_count_check", sql`intrathecal_procedures is null or intrathecal_procedures >= 0`),
  ],
);

export const licences = pgTable(
  "licences",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    facilityId: uuid("facility_id")
      .notNull()
      .references(() => facilities.id, { onDelete: "cascade" }),
    authority: text("authority").notNull(),
    kind: text("kind").$type<LicenceKind>().notNull(),
    /** Free text: COFEPRIS publishes no number format (see domain-standards §1.3). */
    number: text("number").notNull(),
    scope: text("scope").notNull().default(""),
    address: text("address").notNull(),
    issuedOn: date("issued_on"),
    expiresOn: date("expires_on"),
  },
  (t) => [
    index("licences_facility_idx").on(t.facilityId),
    check("licences_kind_check", inList("kind", LICENCE_KINDS)),
  ],
);

export const programmes = pgTable(
  "programmes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    facilityId: uuid("facility_id")
      .notNull()
      .references(() => facilities.id, { onDelete: "cascade" }),
    titleEn: text("title_en").notNull(),
    titleEs: text("title_es").notNull(),
    /** The clinic's own description of the programme. */
    ownTextEn: text("own_text_en").notNull().default(""),
    ownTextEs: text("own_text_es").notNull().default(""),
    condition: text("condition").notNull().default("spinal_cord_injury"),
    cellSource: text("cell_source").$type<CellSource>().notNull(),
    /** true: the patient's own cells; false: donor cells; null: the clinic does not say. */
    autologous: boolean("autologous"),
    ptDays: integer("pt_days").notNull().default(0),
    /** Physical therapy per day in minutes: integer arithmetic, no fractional hours. */
    ptMinutesPerDay: integer("pt_minutes_per_day").notNull().default(0),
    ptSetting: text("pt_setting").$type<PtSetting>().notNull().default("none"),
    ptIncluded: boolean("pt_included").notNull().default(false),
    lengthOfStayDays: integer("length_of_stay_days"),
    eligibilityEn: text("eligibility_en").notNull().default(""),
    eligibilityEs: text("eligibility_es").notNull().default(""),
    followUpEn: text("follow_up_en").notNull().default(""),
    followUpEs: text("follow_up_es").notNull().default(""),
    evidenceLevel: text("evidence_level").$type<EvidenceLevel>().notNull(),
    /** Advertised package price, as a range, in integer minor units of price_currency. */
    priceLowMinor: bigint("price_low_minor", { mode: "number" }),
    priceHighMinor: bigint("price_high_minor", { mode: "number" }),
    priceCurrency: text("price_currency").$type<Currency>(),
    priceAsOf: date("price_as_of"),
    /**
     * The price range in US cents at the latest exchange rates: derived, recomputed whenever a price or a
     * rate changes, so search can sort and filter by price across currencies with an index.
     */
    priceLowUsdMinor: bigint("price_low_usd_minor", { mode: "number" }),
    priceHighUsdMinor: bigint("price_high_usd_minor", { mode: "number" }),
    /** Routes offered, denormalised from programme_routes so search can filter without a join. */
    routes: text("routes").array().$type<Route[]>().notNull().default(sql`'{}'::text[]`),
    /** Facility name and city, copied here so the search vector needs no join. Kept in step by the repo. */
    searchExtra: text("search_extra").notNull().default(""),
    /** The facility's city, copied here so the city filter needs no join. Kept in step with search_extra. */
    facilityCity: text("facility_city").notNull().default(""),
    searchTsv: tsvector("search_tsv")
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('candor_en', coalesce(title_en, '')), 'A') || setweight(to_tsvector('candor_es', coalesce(title_es, '')), 'A') || setweight(to_tsvector('candor_en', coalesce(own_text_en, '')), 'B') || setweight(to_tsvector('candor_es', coalesce(own_text_es, '')), 'B') || setweight(to_tsvector('candor_simple', coalesce(search_extra, '')), 'A')`,
      ),
    published: boolean("published").notNull().default(true),
    /** The facility's vetting status as a sort key (0 vetted … 3 not verified), kept in step by the repo. */
    listingRank: integer("listing_rank").notNull().default(3),
    isDemo: boolean("is_demo").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("programmes_slug_key").on(t.slug),
    index("programmes_facility_idx").on(t.facilityId),
    index("programmes_search_idx").using("gin", t.searchTsv),
    // One text index per vetting status (listing_rank 0 vetted … 3 not verified): a relevance search takes
    // its matches status by status and stops at the count cap (catalogue.repo.ts, rankTextMatches).
    ...[0, 1, 2, 3].map((rank) =>
      index(`programmes_search_rank${rank}_idx`)
        .using("gin", t.searchTsv)
        .where(sql.raw(`published and listing_rank = ${rank}`)),
    ),
    // Price sorts read these in order, filtering as they go, instead of sorting every match.
    index("programmes_price_low_order_idx")
      .on(t.priceLowUsdMinor.asc().nullsLast(), t.slug)
      .where(sql`published`),
    index("programmes_price_high_order_idx")
      .on(t.priceHighUsdMinor.desc().nullsLast(), t.slug)
      .where(sql`published`),
    // The default order (vetted first, then by slug) read straight from an index: no sort of the catalogue.
    index("programmes_listing_order_idx").on(t.listingRank, t.slug).where(sql`published`),
    index("programmes_city_order_idx").on(t.facilityCity, t.listingRank, t.slug).where(sql`published`),
    check("programmes_cell_source_check", inList("cell_source", CELL_SOURCES)),
    check("programmes_pt_setting_check", inList("pt_setting", PT_SETTINGS)),
    check("programmes_evidence_check", inList("evidence_level", EVIDENCE_LEVELS)),
    check(
      "programmes_price_check",
      sql`(price_low_minor is null and price_high_minor is null) or (price_low_minor >= 0 and price_high_minor >= price_low_minor and price_currency is not null and price_as_of is not null)`,
    ),
    check("programmes_pt_check", sql`pt_days >= 0 and pt_minutes_per_day >= 0 and pt_minutes_per_day <= 720`),
  ],
);

export const programmeRoutes = pgTable(
  "programme_routes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    programmeId: uuid("programme_id")
      .notNull()
      .references(() => programmes.id, { onDelete: "cascade" }),
    route: text("route").$type<Route>().notNull(),
    /** Viable cells per session; null when the clinic does not say. */
    doseCells: bigint("dose_cells", { mode: "number" }),
    sessions: integer("sessions").notNull().default(1),
    /** Days of the programme (1 = first day) on which a session is given. */
    scheduleDays: integer("schedule_days").array().notNull().default(sql`'{}'::int[]`),
    administeredBy: text("administered_by").$type<InjectorKind>().notNull().default("not_stated"),
    setting: text("setting").$type<InjectionSetting>().notNull().default("not_stated"),
  },
  (t) => [
    index("programme_routes_programme_idx").on(t.programmeId),
    check("programme_routes_route_check", inList("route", ROUTES)),
    check("programme_routes_by_check", inList("administered_by", INJECTOR_KINDS)),
    check("programme_routes_setting_check", inList("setting", INJECTION_SETTINGS)),
    check("programme_routes_sessions_check", sql`sessions >= 1`),
  ],
);

/**
 * The all-in quote: one row per checklist item the clinic has stated. An item with no row is "not stated",
 * which is never counted as zero.
 */
export const priceItems = pgTable(
  "price_items",
  {
    programmeId: uuid("programme_id")
      .notNull()
      .references(() => programmes.id, { onDelete: "cascade" }),
    item: text("item").$type<PriceItem>().notNull(),
    status: text("status").$type<PriceItemStatus>().notNull(),
    /** For excluded items with a known price, a range in the programme's price currency. */
    lowMinor: bigint("low_minor", { mode: "number" }),
    highMinor: bigint("high_minor", { mode: "number" }),
    noteEn: text("note_en").notNull().default(""),
    noteEs: text("note_es").notNull().default(""),
  },
  (t) => [
    primaryKey({ columns: [t.programmeId, t.item] }),
    check("price_items_status_check", inList("status", PRICE_ITEM_STATUSES)),
    check(
      "price_items_amount_check",
      sql`(status = 'excluded_priced' and low_minor >= 0 and high_minor >= low_minor) or (status <> 'excluded_priced' and low_minor is null and high_minor is null)`,
    ),
  ],
);

/** Every advertised price a programme has had; append-only. */
export const priceHistory = pgTable(
  "price_history",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    programmeId: uuid("programme_id")
      .notNull()
      .references(() => programmes.id, { onDelete: "cascade" }),
    lowMinor: bigint("low_minor", { mode: "number" }).notNull(),
    highMinor: bigint("high_minor", { mode: "number" }).notNull(),
    currency: text("currency").$type<Currency>().notNull(),
    asOf: date("as_of").notNull(),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("price_history_programme_idx").on(t.programmeId, t.asOf)],
);

export const cellLots = pgTable(
  "cell_lots",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    facilityId: uuid("facility_id")
      .notNull()
      .references(() => facilities.id, { onDelete: "cascade" }),
    programmeId: uuid("programme_id").references(() => programmes.id, { onDelete: "set null" }),
    lotCode: text("lot_code").notNull(),
    /** The Certificate of Analysis values, in the COA v1 shape of shared/coa-contract.md. */
    coa: jsonb("coa").notNull(),
    issuedOn: date("issued_on"),
    expiresOn: date("expires_on"),
  },
  (t) => [
    index("cell_lots_facility_idx").on(t.facilityId),
    uniqueIndex("cell_lots_code_key").on(t.facilityId, t.lotCode),
  ],
);

export const testimonials = pgTable(
  "testimonials",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    facilityId: uuid("facility_id")
      .notNull()
      .references(() => facilities.id, { onDelete: "cascade" }),
    programmeId: uuid("programme_id").references(() => programmes.id, { onDelete: "cascade" }),
    authorLabel: text("author_label").notNull(),
    language: text("language").$type<"en" | "es">().notNull(),
    body: text("body").notNull(),
  },
  (t) => [index("testimonials_facility_idx").on(t.facilityId)],
);

/** The current decision on each of the four standards for a facility. */
export const standardVerifications = pgTable(
  "standard_verifications",
  {
    facilityId: uuid("facility_id")
      .notNull()
      .references(() => facilities.id, { onDelete: "cascade" }),
    standard: text("standard").$type<Standard>().notNull(),
    status: text("status").$type<StandardStatus>().notNull(),
    checkedOn: date("checked_on"),
    checkedBy: text("checked_by"),
    /** Why it was rejected, or what is still claimed without proof. */
    reasonEn: text("reason_en").notNull().default(""),
    reasonEs: text("reason_es").notNull().default(""),
    /** What the reviewer looked at (document names, registry look-ups). */
    evidence: text("evidence").notNull().default(""),
    /** The earliest expiry among the documents this verification rests on. */
    validUntil: date("valid_until"),
    /** What the clinic says backs its claim (licence number, document names, where to look). */
    claimText: text("claim_text").notNull().default(""),
    /** The reviewer asked for more information; the clinic sees the reason and resubmits. */
    infoRequested: boolean("info_requested").notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.facilityId, t.standard] }),
    check("standard_verifications_standard_check", inList("standard", STANDARDS)),
    check("standard_verifications_status_check", inList("status", STANDARD_STATUSES)),
    check(
      "standard_verifications_checked_check",
      sql`status not in ('verified', 'rejected', 'expired') or (checked_on is not null and checked_by is not null)`,
    ),
  ],
);

/**
 * One row whose counter moves forward in every transaction that writes what listings show: triggers on the
 * catalogue tables (migration 0009) bump it before their first change, so a cached page is only reused while
 * the counter is unchanged. Taking this lock first also orders catalogue writers, so they cannot deadlock.
 */
export const catalogueVersion = pgTable(
  "catalogue_version",
  {
    id: integer("id").primaryKey().default(1),
    version: bigint("version", { mode: "number" }).notNull().default(0),
  },
  () => [check("catalogue_version_single_row", sql`id = 1`)],
);

/** Dated exchange rates: units of `quote` per one `base`, in millionths (18.25 → 18250000). */
export const exchangeRates = pgTable(
  "exchange_rates",
  {
    base: text("base").notNull(),
    quote: text("quote").$type<Currency>().notNull(),
    rateMicros: bigint("rate_micros", { mode: "number" }).notNull(),
    asOf: date("as_of").notNull(),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.base, t.quote, t.asOf] }),
    check("exchange_rates_positive", sql`rate_micros > 0`),
  ],
);

/** Unaccented words of the catalogue, for typo-tolerant search (trigram nearest word). */
export const searchVocabulary = pgTable(
  "search_vocabulary",
  {
    word: text("word").primaryKey(),
  },
  (t) => [index("search_vocabulary_trgm_idx").using("gin", sql`${t.word} gin_trgm_ops`)],
);

export const facilitiesRelations = relations(facilities, ({ many }) => ({
  clinicians: many(clinicians),
  licences: many(licences),
  programmes: many(programmes),
  cellLots: many(cellLots),
  testimonials: many(testimonials),
  standards: many(standardVerifications),
}));

export const cliniciansRelations = relations(clinicians, ({ one }) => ({
  facility: one(facilities, { fields: [clinicians.facilityId], references: [facilities.id] }),
}));

export const licencesRelations = relations(licences, ({ one }) => ({
  facility: one(facilities, { fields: [licences.facilityId], references: [facilities.id] }),
}));

export const programmesRelations = relations(programmes, ({ one, many }) => ({
  facility: one(facilities, { fields: [programmes.facilityId], references: [facilities.id] }),
  routeDetails: many(programmeRoutes),
  priceItems: many(priceItems),
  priceHistory: many(priceHistory),
  cellLots: many(cellLots),
  testimonials: many(testimonials),
}));

export const programmeRoutesRelations = relations(programmeRoutes, ({ one }) => ({
  programme: one(programmes, { fields: [programmeRoutes.programmeId], references: [programmes.id] }),
}));

export const priceItemsRelations = relations(priceItems, ({ one }) => ({
  programme: one(programmes, { fields: [priceItems.programmeId], references: [programmes.id] }),
}));

export const priceHistoryRelations = relations(priceHistory, ({ one }) => ({
  programme: one(programmes, { fields: [priceHistory.programmeId], references: [programmes.id] }),
}));

export const cellLotsRelations = relations(cellLots, ({ one }) => ({
  facility: one(facilities, { fields: [cellLots.facilityId], references: [facilities.id] }),
  programme: one(programmes, { fields: [cellLots.programmeId], references: [programmes.id] }),
}));

export const testimonialsRelations = relations(testimonials, ({ one }) => ({
  facility: one(facilities, { fields: [testimonials.facilityId], references: [facilities.id] }),
  programme: one(programmes, { fields: [testimonials.programmeId], references: [programmes.id] }),
}));

export const standardVerificationsRelations = relations(standardVerifications, ({ one }) => ({
  facility: one(facilities, { fields: [standardVerifications.facilityId], references: [facilities.id] }),
}));

/** People who sign in. Emails are stored lower-cased; the password hash is argon2id (PHC string). */
export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    displayName: text("display_name").notNull().default(""),
    passwordHash: text("password_hash"),
    role: text("role").$type<Role>().notNull(),
    locale: text("locale").$type<"en" | "es">().notNull().default("en"),
    emailVerifiedAt: timestamp("email_verified_at", { withTimezone: true }),
    failedSignIns: integer("failed_sign_ins").notNull().default(0),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("users_email_key").on(t.email),
    check("users_role_check", inList("role", ROLES)),
    check("users_email_lower_check", sql`email = lower(email)`),
  ],
);

/** Staff of a facility. A clinic_staff user acts only for the facilities listed here. */
export const memberships = pgTable(
  "memberships",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    facilityId: uuid("facility_id")
      .notNull()
      .references(() => facilities.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.facilityId] }),
    index("memberships_facility_idx").on(t.facilityId),
  ],
);

/** Server-side sessions: the cookie carries a random token, the table only its SHA-256. */
export const sessions = pgTable(
  "sessions",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/** Email links (verify, reset, invite): single use, expiring, stored as a hash. */
export const emailTokens = pgTable(
  "email_tokens",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: text("purpose").$type<TokenPurpose>().notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("email_tokens_purpose_check", inList("purpose", TOKEN_PURPOSES))],
);

/**
 * Every email the app sends is written here in the same transaction as the change that caused it, then
 * delivered over SMTP when SMTP_URL is set; without SMTP it stays here for administrators to read.
 */
export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
  },
  (t) => [index("email_outbox_unsent_idx").on(t.createdAt).where(sql`sent_at is null`)],
);

/** Append-only (a trigger refuses UPDATE and DELETE): who did what, when, to which record. */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid("actor_user_id"),
    actorKind: text("actor_kind").notNull(),
    action: text("action").notNull(),
    subjectType: text("subject_type").notNull(),
    subjectId: text("subject_id"),
    facilityId: uuid("facility_id"),
    /** What changed: field names and new values, never passwords, tokens or health data. */
    detail: jsonb("detail").notNull().default(sql`'{}'::jsonb`),
  },
  (t) => [
    index("audit_events_facility_idx").on(t.facilityId, t.at),
    index("audit_events_actor_idx").on(t.actorUserId, t.at),
  ],
);

/**
 * Durable schedule: a job's next run is a row, claimed atomically, so a restart neither skips nor repeats a
 * run and two processes never run the same job at once.
 */
export const scheduledJobs = pgTable("scheduled_jobs", {
  name: text("name").primaryKey(),
  nextRunAt: timestamp("next_run_at", { withTimezone: true }).notNull(),
  lastRunAt: timestamp("last_run_at", { withTimezone: true }),
  lastResult: text("last_result"),
});

/** Which expiry warnings were already emailed, so staff get one per document expiry, not one a day. */
export const expiryNotices = pgTable(
  "expiry_notices",
  {
    facilityId: uuid("facility_id")
      .notNull()
      .references(() => facilities.id, { onDelete: "cascade" }),
    standard: text("standard").$type<Standard>().notNull(),
    validUntil: date("valid_until").notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.facilityId, t.standard, t.validUntil] })],
);

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

/**
 * Evidence uploaded by clinic staff (licences, certificates, COAs). Stored in the database so PGlite and
 * PostgreSQL deployments back it up the same way; the key is server-generated and the original file name
 * is kept only as a sanitised label.
 */
export const documents = pgTable(
  "documents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    facilityId: uuid("facility_id")
      .notNull()
      .references(() => facilities.id, { onDelete: "cascade" }),
    standard: text("standard").$type<Standard>().notNull(),
    label: text("label").notNull(),
    contentType: text("content_type").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    sha256: text("sha256").notNull(),
    content: bytea("content").notNull(),
    uploadedBy: uuid("uploaded_by"),
    reviewStatus: text("review_status").notNull().default("pending"),
    reviewNote: text("review_note").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("documents_facility_idx").on(t.facilityId, t.createdAt),
    check("documents_type_check", sql`content_type in ('application/pdf', 'image/jpeg', 'image/png')`),
    check("documents_review_check", sql`review_status in ('pending', 'accepted', 'rejected')`),
  ],
);

/**
 * A consultation request. Everything about the patient's health is in `profile` and the records, encrypted
 * with AES-256-GCM (key id stored beside it); the row itself holds only what routing needs.
 */
export const consultationRequests = pgTable(
  "consultation_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Sent by the form with each submission, so a double click or a retry creates one request. */
    idempotencyKey: text("idempotency_key").notNull(),
    patientUserId: uuid("patient_user_id"),
    email: text("email").notNull(),
    locale: text("locale").$type<"en" | "es">().notNull(),
    status: text("status").notNull().default("awaiting_confirmation"),
    profile: bytea("profile").notNull(),
    keyId: text("key_id").notNull(),
    consentVersion: text("consent_version").notNull(),
    consentText: text("consent_text").notNull(),
    consentAt: timestamp("consent_at", { withTimezone: true }).notNull(),
    /** The patient's private link to follow the request (only its hash). */
    accessTokenHash: text("access_token_hash").notNull(),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("consultation_requests_idempotency_key").on(t.idempotencyKey),
    check(
      "consultation_requests_status_check",
      sql`status in ('awaiting_confirmation', 'submitted', 'closed')`,
    ),
  ],
);

export const consultationRecipients = pgTable(
  "consultation_recipients",
  {
    requestId: uuid("request_id")
      .notNull()
      .references(() => consultationRequests.id, { onDelete: "cascade" }),
    facilityId: uuid("facility_id")
      .notNull()
      .references(() => facilities.id, { onDelete: "cascade" }),
    programmeId: uuid("programme_id").references(() => programmes.id, { onDelete: "set null" }),
    status: text("status").notNull().default("submitted"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.requestId, t.facilityId] }),
    index("consultation_recipients_facility_idx").on(t.facilityId, t.updatedAt),
    check(
      "consultation_recipients_status_check",
      sql`status in ('submitted', 'delivered', 'opened', 'answered', 'consultation_proposed', 'closed')`,
    ),
  ],
);

export const consultationRecords = pgTable("consultation_records", {
  id: uuid("id").primaryKey().defaultRandom(),
  requestId: uuid("request_id")
    .notNull()
    .references(() => consultationRequests.id, { onDelete: "cascade" }),
  label: text("label").notNull(),
  contentType: text("content_type").notNull(),
  sizeBytes: integer("size_bytes").notNull(),
  content: bytea("content").notNull(),
  keyId: text("key_id").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const consultationMessages = pgTable(
  "consultation_messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("request_id")
      .notNull()
      .references(() => consultationRequests.id, { onDelete: "cascade" }),
    facilityId: uuid("facility_id")
      .notNull()
      .references(() => facilities.id, { onDelete: "cascade" }),
    author: text("author").notNull(),
    body: bytea("body").notNull(),
    keyId: text("key_id").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("consultation_messages_thread_idx").on(t.requestId, t.facilityId, t.createdAt),
    check("consultation_messages_author_check", sql`author in ('patient', 'facility')`),
  ],
);
