CREATE TABLE "score_response_counts" (
	"assessment_id" bigint NOT NULL,
	"group_id" bigint NOT NULL,
	"flagged" boolean NOT NULL,
	"responses" bigint NOT NULL,
	CONSTRAINT "score_response_counts_assessment_id_group_id_flagged_pk" PRIMARY KEY("assessment_id","group_id","flagged")
);
--> statement-breakpoint
ALTER TABLE "score_response_counts" ADD CONSTRAINT "score_response_counts_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_response_counts" ADD CONSTRAINT "score_response_counts_group_id_stakeholder_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."stakeholder_groups"("id") ON DELETE cascade ON UPDATE no action;