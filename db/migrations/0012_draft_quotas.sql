ALTER TABLE "drafts" ADD COLUMN "address_hash" "bytea";--> statement-breakpoint
CREATE INDEX "drafts_link_address" ON "drafts" USING btree ("link_id","address_hash");--> statement-breakpoint
CREATE INDEX "drafts_updated_at" ON "drafts" USING btree ("updated_at");