ALTER TYPE "public"."role" ADD VALUE 'assessor';--> statement-breakpoint
CREATE TABLE "iro_scores" (
	"iro_id" bigint NOT NULL,
	"assessor_id" bigint NOT NULL,
	"scores" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "iro_scores_iro_id_assessor_id_pk" PRIMARY KEY("iro_id","assessor_id")
);
--> statement-breakpoint
CREATE TABLE "iros" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "iros_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"assessment_id" bigint NOT NULL,
	"issue_id" bigint NOT NULL,
	"type" text NOT NULL,
	"actual" boolean NOT NULL,
	"human_rights" boolean DEFAULT false NOT NULL,
	"value_chain" jsonb NOT NULL,
	"horizons" jsonb NOT NULL,
	"description" text NOT NULL,
	"affected_stakeholders" jsonb NOT NULL,
	"evidence" jsonb NOT NULL,
	"owner" text,
	"created_by" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "iros_type_check" CHECK ("iros"."type" in ('negative-impact', 'positive-impact', 'risk', 'opportunity'))
);
--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "method" text DEFAULT 'matrix' NOT NULL;--> statement-breakpoint
ALTER TABLE "iro_scores" ADD CONSTRAINT "iro_scores_iro_id_iros_id_fk" FOREIGN KEY ("iro_id") REFERENCES "public"."iros"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iro_scores" ADD CONSTRAINT "iro_scores_assessor_id_users_id_fk" FOREIGN KEY ("assessor_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iros" ADD CONSTRAINT "iros_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iros" ADD CONSTRAINT "iros_issue_id_assessment_issues_id_fk" FOREIGN KEY ("issue_id") REFERENCES "public"."assessment_issues"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iros" ADD CONSTRAINT "iros_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "iros_assessment_idx" ON "iros" USING btree ("assessment_id","issue_id");--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_method_check" CHECK ("assessments"."method" in ('matrix', 'double'));