CREATE INDEX "programmes_search_rank0_idx" ON "programmes" USING gin ("search_tsv") WHERE published and listing_rank = 0;--> statement-breakpoint
CREATE INDEX "programmes_search_rank1_idx" ON "programmes" USING gin ("search_tsv") WHERE published and listing_rank = 1;--> statement-breakpoint
CREATE INDEX "programmes_search_rank2_idx" ON "programmes" USING gin ("search_tsv") WHERE published and listing_rank = 2;--> statement-breakpoint
CREATE INDEX "programmes_search_rank3_idx" ON "programmes" USING gin ("search_tsv") WHERE published and listing_rank = 3;