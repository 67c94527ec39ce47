-- Extensions and text-search configurations the schema relies on. Runs on PostgreSQL 15+ and PGlite.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
-- Accent-insensitive stemming: "celulas" and "células" meet at the same lexeme.
CREATE TEXT SEARCH CONFIGURATION candor_en (COPY = english);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION candor_en ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION candor_es (COPY = spanish);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION candor_es ALTER MAPPING FOR hword, hword_part, word WITH unaccent, spanish_stem;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION candor_simple (COPY = simple);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION candor_simple ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
