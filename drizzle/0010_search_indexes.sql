DROP INDEX "programmes_price_usd_idx";--> statement-breakpoint
ALTER TABLE "programmes" ADD COLUMN "facility_city" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX "programmes_price_low_order_idx" ON "programmes" USING btree ("price_low_usd_minor","slug") WHERE published;--> statement-breakpoint
CREATE INDEX "programmes_price_high_order_idx" ON "programmes" USING btree ("price_high_usd_minor" DESC NULLS LAST,"slug") WHERE published;--> statement-breakpoint
CREATE INDEX "programmes_city_order_idx" ON "programmes" USING btree ("facility_city","listing_rank","slug") WHERE published;--> statement-breakpoint
UPDATE "programmes" p SET "facility_city" = f."city" FROM "facilities" f WHERE f."id" = p."facility_id";--> statement-breakpoint
-- Typo correction never proposes numbers (reference numbers, years, prices): drop those the vocabulary holds.
DELETE FROM "search_vocabulary" WHERE "word" ~ '[0-9]';
