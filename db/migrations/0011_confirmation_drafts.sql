CREATE TABLE "confirmation_drafts" (
	"assessment_id" bigint PRIMARY KEY NOT NULL,
	"decisions" jsonb NOT NULL,
	"order" jsonb NOT NULL,
	"version" integer NOT NULL,
	"updated_by" bigint,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "confirmation_drafts" ADD CONSTRAINT "confirmation_drafts_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "confirmation_drafts" ADD CONSTRAINT "confirmation_drafts_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;