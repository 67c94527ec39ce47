ALTER TABLE "programmes" ADD COLUMN "listing_rank" integer DEFAULT 3 NOT NULL;--> statement-breakpoint
CREATE INDEX "programmes_listing_order_idx" ON "programmes" USING btree ("listing_rank","slug") WHERE published;--> statement-breakpoint
UPDATE "programmes" p SET "listing_rank" = CASE f."vetting_status" WHEN 'vetted' THEN 0 WHEN 'partly_verified' THEN 1 WHEN 'lapsed' THEN 2 ELSE 3 END FROM "facilities" f WHERE f."id" = p."facility_id";
