DROP INDEX "survey_links_assessment_idx";--> statement-breakpoint
CREATE INDEX "responses_link_idx" ON "responses" USING btree ("link_id");--> statement-breakpoint
CREATE INDEX "survey_links_group_idx" ON "survey_links" USING btree ("assessment_id","group_id","id");--> statement-breakpoint
CREATE INDEX "survey_links_assessment_idx" ON "survey_links" USING btree ("assessment_id","id");