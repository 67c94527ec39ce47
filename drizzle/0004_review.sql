ALTER TABLE "facilities" ADD COLUMN "review_requested_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "standard_verifications" ADD COLUMN "claim_text" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "standard_verifications" ADD COLUMN "info_requested" boolean DEFAULT false NOT NULL;