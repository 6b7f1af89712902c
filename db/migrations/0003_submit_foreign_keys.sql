ALTER TABLE "ratings" DROP CONSTRAINT "ratings_issue_id_assessment_issues_id_fk";
--> statement-breakpoint
ALTER TABLE "responses" DROP CONSTRAINT "responses_assessment_id_assessments_id_fk";
--> statement-breakpoint
ALTER TABLE "responses" DROP CONSTRAINT "responses_group_id_stakeholder_groups_id_fk";
--> statement-breakpoint
ALTER TABLE "responses" DROP CONSTRAINT "responses_link_id_survey_links_id_fk";
--> statement-breakpoint
-- The composite key needs its unique index first.
CREATE UNIQUE INDEX "survey_links_scope_unique" ON "survey_links" USING btree ("id","assessment_id","group_id");--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_link_fk" FOREIGN KEY ("link_id","assessment_id","group_id") REFERENCES "public"."survey_links"("id","assessment_id","group_id") ON DELETE cascade ON UPDATE no action;
