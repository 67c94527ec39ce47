CREATE TABLE "consultation_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"facility_id" uuid NOT NULL,
	"author" text NOT NULL,
	"body" "bytea" NOT NULL,
	"key_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consultation_messages_author_check" CHECK (author in ('patient', 'facility'))
);
--> statement-breakpoint
CREATE TABLE "consultation_recipients" (
	"request_id" uuid NOT NULL,
	"facility_id" uuid NOT NULL,
	"programme_id" uuid,
	"status" text DEFAULT 'submitted' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consultation_recipients_request_id_facility_id_pk" PRIMARY KEY("request_id","facility_id"),
	CONSTRAINT "consultation_recipients_status_check" CHECK (status in ('submitted', 'delivered', 'opened', 'answered', 'consultation_proposed', 'closed'))
);
--> statement-breakpoint
CREATE TABLE "consultation_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"label" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"key_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultation_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"idempotency_key" text NOT NULL,
	"patient_user_id" uuid,
	"email" text NOT NULL,
	"locale" text NOT NULL,
	"status" text DEFAULT 'awaiting_confirmation' NOT NULL,
	"profile" "bytea" NOT NULL,
	"key_id" text NOT NULL,
	"consent_version" text NOT NULL,
	"consent_text" text NOT NULL,
	"consent_at" timestamp with time zone NOT NULL,
	"access_token_hash" text NOT NULL,
	"confirmed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consultation_requests_status_check" CHECK (status in ('awaiting_confirmation', 'submitted', 'closed'))
);
--> statement-breakpoint
ALTER TABLE "consultation_messages" ADD CONSTRAINT "consultation_messages_request_id_consultation_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."consultation_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_messages" ADD CONSTRAINT "consultation_messages_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_recipients" ADD CONSTRAINT "consultation_recipients_request_id_consultation_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."consultation_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_recipients" ADD CONSTRAINT "consultation_recipients_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_recipients" ADD CONSTRAINT "consultation_recipients_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_records" ADD CONSTRAINT "consultation_records_request_id_consultation_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."consultation_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consultation_messages_thread_idx" ON "consultation_messages" USING btree ("request_id","facility_id","created_at");--> statement-breakpoint
CREATE INDEX "consultation_recipients_facility_idx" ON "consultation_recipients" USING btree ("facility_id","updated_at");--> statement-breakpoint
CREATE UNIQUE INDEX "consultation_requests_idempotency_key" ON "consultation_requests" USING btree ("idempotency_key");