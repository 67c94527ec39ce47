CREATE TABLE "cell_lots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"facility_id" uuid NOT NULL,
	"programme_id" uuid,
	"lot_code" text NOT NULL,
	"coa" jsonb NOT NULL,
	"issued_on" date,
	"expires_on" date
);
--> statement-breakpoint
CREATE TABLE "clinicians" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"facility_id" uuid NOT NULL,
	"full_name" text NOT NULL,
	"role" text NOT NULL,
	"specialty" text NOT NULL,
	"cedula_profesional" text,
	"cedula_especialidad" text,
	"certifying_council" text,
	"certificate_number" text,
	"certificate_issued_on" date,
	"certificate_expires_on" date,
	"leads_team" boolean DEFAULT false NOT NULL,
	"performs_intrathecal" boolean DEFAULT false NOT NULL,
	"intrathecal_procedures" integer,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "clinicians_role_check" CHECK (role in ('lead_physician', 'physician', 'rehabilitation_physician', 'physiotherapist', 'nurse', 'laboratory_lead', 'coordinator')),
	CONSTRAINT "clinicians_specialty_check" CHECK (specialty in ('neurology', 'rehabilitation_medicine', 'anesthesiology', 'neurosurgery', 'orthopedics', 'internal_medicine', 'general_medicine', 'physiotherapy', 'nursing', 'laboratory_science', 'other')),
	CONSTRAINT "clinicians_it_count_check" CHECK (intrathecal_procedures is null or intrathecal_procedures >= 0)
);
--> statement-breakpoint
CREATE TABLE "exchange_rates" (
	"base" text NOT NULL,
	"quote" text NOT NULL,
	"rate_micros" bigint NOT NULL,
	"as_of" date NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exchange_rates_base_quote_as_of_pk" PRIMARY KEY("base","quote","as_of"),
	CONSTRAINT "exchange_rates_positive" CHECK (rate_micros > 0)
);
--> statement-breakpoint
CREATE TABLE "facilities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"has_neurology" boolean DEFAULT false NOT NULL,
	"has_imaging" boolean DEFAULT false NOT NULL,
	"has_emergency" boolean DEFAULT false NOT NULL,
	"has_icu" boolean DEFAULT false NOT NULL,
	"street" text NOT NULL,
	"city" text NOT NULL,
	"state" text NOT NULL,
	"postal_code" text,
	"country" text DEFAULT 'MX' NOT NULL,
	"phone" text,
	"email" text,
	"website" text,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"accessibility" text[] DEFAULT '{}'::text[] NOT NULL,
	"own_text_en" text DEFAULT '' NOT NULL,
	"own_text_es" text DEFAULT '' NOT NULL,
	"vetting_status" text DEFAULT 'not_verified' NOT NULL,
	"vetting_status_at" timestamp with time zone DEFAULT now() NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "facilities_kind_check" CHECK (kind in ('hospital', 'clinic')),
	CONSTRAINT "facilities_vetting_status_check" CHECK (vetting_status in ('vetted', 'partly_verified', 'not_verified', 'lapsed')),
	CONSTRAINT "facilities_accessibility_check" CHECK (accessibility <@ array['step_free_entrance','elevator','accessible_toilet','roll_in_shower','ceiling_hoist','accessible_parking','accessible_transport','adjustable_beds']::text[])
);
--> statement-breakpoint
CREATE TABLE "licences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"facility_id" uuid NOT NULL,
	"authority" text NOT NULL,
	"kind" text NOT NULL,
	"number" text NOT NULL,
	"scope" text DEFAULT '' NOT NULL,
	"address" text NOT NULL,
	"issued_on" date,
	"expires_on" date,
	CONSTRAINT "licences_kind_check" CHECK (kind in ('licencia_sanitaria_cells', 'licencia_sanitaria_hospital', 'aviso_funcionamiento', 'aviso_publicidad', 'other'))
);
--> statement-breakpoint
CREATE TABLE "price_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"low_minor" bigint NOT NULL,
	"high_minor" bigint NOT NULL,
	"currency" text NOT NULL,
	"as_of" date NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "price_items" (
	"programme_id" uuid NOT NULL,
	"item" text NOT NULL,
	"status" text NOT NULL,
	"low_minor" bigint,
	"high_minor" bigint,
	"note_en" text DEFAULT '' NOT NULL,
	"note_es" text DEFAULT '' NOT NULL,
	CONSTRAINT "price_items_programme_id_item_pk" PRIMARY KEY("programme_id","item"),
	CONSTRAINT "price_items_status_check" CHECK (status in ('included', 'excluded_priced', 'excluded_unknown')),
	CONSTRAINT "price_items_amount_check" CHECK ((status = 'excluded_priced' and low_minor >= 0 and high_minor >= low_minor) or (status <> 'excluded_priced' and low_minor is null and high_minor is null))
);
--> statement-breakpoint
CREATE TABLE "programme_routes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"route" text NOT NULL,
	"dose_cells" bigint,
	"sessions" integer DEFAULT 1 NOT NULL,
	"schedule_days" integer[] DEFAULT '{}'::int[] NOT NULL,
	"administered_by" text DEFAULT 'not_stated' NOT NULL,
	"setting" text DEFAULT 'not_stated' NOT NULL,
	CONSTRAINT "programme_routes_route_check" CHECK (route in ('intrathecal', 'intravenous', 'intramuscular', 'local')),
	CONSTRAINT "programme_routes_by_check" CHECK (administered_by in ('neurologist', 'anesthesiologist', 'neurosurgeon', 'rehabilitation_physician', 'general_physician', 'nurse', 'not_stated')),
	CONSTRAINT "programme_routes_setting_check" CHECK (setting in ('hospital_operating_room', 'hospital_procedure_room', 'hospital_ward', 'outpatient_clinic', 'not_stated')),
	CONSTRAINT "programme_routes_sessions_check" CHECK (sessions >= 1)
);
--> statement-breakpoint
CREATE TABLE "programmes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"facility_id" uuid NOT NULL,
	"title_en" text NOT NULL,
	"title_es" text NOT NULL,
	"own_text_en" text DEFAULT '' NOT NULL,
	"own_text_es" text DEFAULT '' NOT NULL,
	"condition" text DEFAULT 'spinal_cord_injury' NOT NULL,
	"cell_source" text NOT NULL,
	"autologous" boolean,
	"pt_days" integer DEFAULT 0 NOT NULL,
	"pt_minutes_per_day" integer DEFAULT 0 NOT NULL,
	"pt_setting" text DEFAULT 'none' NOT NULL,
	"pt_included" boolean DEFAULT false NOT NULL,
	"length_of_stay_days" integer,
	"eligibility_en" text DEFAULT '' NOT NULL,
	"eligibility_es" text DEFAULT '' NOT NULL,
	"follow_up_en" text DEFAULT '' NOT NULL,
	"follow_up_es" text DEFAULT '' NOT NULL,
	"evidence_level" text NOT NULL,
	"price_low_minor" bigint,
	"price_high_minor" bigint,
	"price_currency" text,
	"price_as_of" date,
	"price_low_usd_minor" bigint,
	"price_high_usd_minor" bigint,
	"routes" text[] DEFAULT '{}'::text[] NOT NULL,
	"search_extra" text DEFAULT '' NOT NULL,
	"search_tsv" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('candor_en', coalesce(title_en, '')), 'A') || setweight(to_tsvector('candor_es', coalesce(title_es, '')), 'A') || setweight(to_tsvector('candor_en', coalesce(own_text_en, '')), 'B') || setweight(to_tsvector('candor_es', coalesce(own_text_es, '')), 'B') || setweight(to_tsvector('candor_simple', coalesce(search_extra, '')), 'A')) STORED NOT NULL,
	"published" boolean DEFAULT true NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programmes_cell_source_check" CHECK (cell_source in ('umbilical_cord', 'adipose', 'bone_marrow', 'other', 'undisclosed')),
	CONSTRAINT "programmes_pt_setting_check" CHECK (pt_setting in ('inpatient', 'outpatient', 'none')),
	CONSTRAINT "programmes_evidence_check" CHECK (evidence_level in ('experimental_phase1_safety', 'experimental_uncontrolled', 'experimental_no_published_data')),
	CONSTRAINT "programmes_price_check" CHECK ((price_low_minor is null and price_high_minor is null) or (price_low_minor >= 0 and price_high_minor >= price_low_minor and price_currency is not null and price_as_of is not null)),
	CONSTRAINT "programmes_pt_check" CHECK (pt_days >= 0 and pt_minutes_per_day >= 0 and pt_minutes_per_day <= 720)
);
--> statement-breakpoint
CREATE TABLE "search_vocabulary" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "standard_verifications" (
	"facility_id" uuid NOT NULL,
	"standard" text NOT NULL,
	"status" text NOT NULL,
	"checked_on" date,
	"checked_by" text,
	"reason_en" text DEFAULT '' NOT NULL,
	"reason_es" text DEFAULT '' NOT NULL,
	"evidence" text DEFAULT '' NOT NULL,
	"valid_until" date,
	CONSTRAINT "standard_verifications_facility_id_standard_pk" PRIMARY KEY("facility_id","standard"),
	CONSTRAINT "standard_verifications_standard_check" CHECK (standard in ('hospital_setting', 'specialist_team', 'cofepris_licence', 'coa_per_lot')),
	CONSTRAINT "standard_verifications_status_check" CHECK (status in ('verified', 'claimed', 'missing', 'rejected', 'expired')),
	CONSTRAINT "standard_verifications_checked_check" CHECK (status not in ('verified', 'rejected', 'expired') or (checked_on is not null and checked_by is not null))
);
--> statement-breakpoint
CREATE TABLE "testimonials" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"facility_id" uuid NOT NULL,
	"programme_id" uuid,
	"author_label" text NOT NULL,
	"language" text NOT NULL,
	"body" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cell_lots" ADD CONSTRAINT "cell_lots_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cell_lots" ADD CONSTRAINT "cell_lots_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinicians" ADD CONSTRAINT "clinicians_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licences" ADD CONSTRAINT "licences_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "price_history" ADD CONSTRAINT "price_history_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "price_items" ADD CONSTRAINT "price_items_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_routes" ADD CONSTRAINT "programme_routes_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "standard_verifications" ADD CONSTRAINT "standard_verifications_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "testimonials" ADD CONSTRAINT "testimonials_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "testimonials" ADD CONSTRAINT "testimonials_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cell_lots_facility_idx" ON "cell_lots" USING btree ("facility_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cell_lots_code_key" ON "cell_lots" USING btree ("facility_id","lot_code");--> statement-breakpoint
CREATE INDEX "clinicians_facility_idx" ON "clinicians" USING btree ("facility_id");--> statement-breakpoint
CREATE UNIQUE INDEX "facilities_slug_key" ON "facilities" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "facilities_city_idx" ON "facilities" USING btree ("city");--> statement-breakpoint
CREATE INDEX "facilities_vetting_status_idx" ON "facilities" USING btree ("vetting_status");--> statement-breakpoint
CREATE INDEX "licences_facility_idx" ON "licences" USING btree ("facility_id");--> statement-breakpoint
CREATE INDEX "price_history_programme_idx" ON "price_history" USING btree ("programme_id","as_of");--> statement-breakpoint
CREATE INDEX "programme_routes_programme_idx" ON "programme_routes" USING btree ("programme_id");--> statement-breakpoint
CREATE UNIQUE INDEX "programmes_slug_key" ON "programmes" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "programmes_facility_idx" ON "programmes" USING btree ("facility_id");--> statement-breakpoint
CREATE INDEX "programmes_search_idx" ON "programmes" USING gin ("search_tsv");--> statement-breakpoint
CREATE INDEX "programmes_price_usd_idx" ON "programmes" USING btree ("price_low_usd_minor");--> statement-breakpoint
CREATE INDEX "search_vocabulary_trgm_idx" ON "search_vocabulary" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "testimonials_facility_idx" ON "testimonials" USING btree ("facility_id");