CREATE TABLE "catalogue_version" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "catalogue_version_single_row" CHECK (id = 1)
);--> statement-breakpoint
INSERT INTO "catalogue_version" ("id", "version") VALUES (1, 0);--> statement-breakpoint
-- Bumped BEFORE each statement that changes what listings show, so the row is locked before any catalogue row
-- is: writers queue here instead of deadlocking, and readers see the new number only once the change commits.
CREATE FUNCTION bump_catalogue_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER facilities_bump_catalogue_version BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "facilities" FOR EACH STATEMENT EXECUTE FUNCTION bump_catalogue_version();--> statement-breakpoint
CREATE TRIGGER programmes_bump_catalogue_version BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "programmes" FOR EACH STATEMENT EXECUTE FUNCTION bump_catalogue_version();--> statement-breakpoint
CREATE TRIGGER programme_routes_bump_catalogue_version BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "programme_routes" FOR EACH STATEMENT EXECUTE FUNCTION bump_catalogue_version();--> statement-breakpoint
CREATE TRIGGER price_items_bump_catalogue_version BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "price_items" FOR EACH STATEMENT EXECUTE FUNCTION bump_catalogue_version();--> statement-breakpoint
CREATE TRIGGER price_history_bump_catalogue_version BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "price_history" FOR EACH STATEMENT EXECUTE FUNCTION bump_catalogue_version();--> statement-breakpoint
CREATE TRIGGER clinicians_bump_catalogue_version BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "clinicians" FOR EACH STATEMENT EXECUTE FUNCTION bump_catalogue_version();--> statement-breakpoint
CREATE TRIGGER licences_bump_catalogue_version BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "licences" FOR EACH STATEMENT EXECUTE FUNCTION bump_catalogue_version();--> statement-breakpoint
CREATE TRIGGER cell_lots_bump_catalogue_version BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "cell_lots" FOR EACH STATEMENT EXECUTE FUNCTION bump_catalogue_version();--> statement-breakpoint
CREATE TRIGGER testimonials_bump_catalogue_version BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "testimonials" FOR EACH STATEMENT EXECUTE FUNCTION bump_catalogue_version();--> statement-breakpoint
CREATE TRIGGER standard_verifications_bump_catalogue_version BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "standard_verifications" FOR EACH STATEMENT EXECUTE FUNCTION bump_catalogue_version();--> statement-breakpoint
CREATE TRIGGER exchange_rates_bump_catalogue_version BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "exchange_rates" FOR EACH STATEMENT EXECUTE FUNCTION bump_catalogue_version();
