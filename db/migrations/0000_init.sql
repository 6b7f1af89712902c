CREATE TYPE "public"."approval_decision" AS ENUM('approve', 'return');--> statement-breakpoint
CREATE TYPE "public"."assessment_status" AS ENUM('draft', 'open', 'closed', 'confirmed', 'approved');--> statement-breakpoint
CREATE TYPE "public"."axis" AS ENUM('impact', 'stakeholder');--> statement-breakpoint
CREATE TYPE "public"."link_kind" AS ENUM('open', 'single-use');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('admin', 'analyst', 'reviewer', 'approver', 'viewer');--> statement-breakpoint
CREATE TABLE "approvals" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "approvals_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"confirmation_id" bigint NOT NULL,
	"decision" "approval_decision" NOT NULL,
	"comment" text NOT NULL,
	"decided_by" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessment_issues" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "assessment_issues_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"assessment_id" bigint NOT NULL,
	"code" text NOT NULL,
	"aspect" text NOT NULL,
	"names" jsonb NOT NULL,
	"descriptions" jsonb NOT NULL,
	"hkex" jsonb NOT NULL,
	"gri" jsonb NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessments" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "assessments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"organisation_id" bigint NOT NULL,
	"name" text NOT NULL,
	"period_start" date,
	"period_end" date,
	"status" "assessment_status" DEFAULT 'draft' NOT NULL,
	"settings" jsonb NOT NULL,
	"previous_id" bigint,
	"created_by" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"opened_at" timestamp with time zone,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"organisation_id" bigint NOT NULL,
	"assessment_id" bigint,
	"actor_id" bigint,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text,
	"before" jsonb,
	"after" jsonb,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "confirmations" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "confirmations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"assessment_id" bigint NOT NULL,
	"version" integer NOT NULL,
	"snapshot" text NOT NULL,
	"hash" text NOT NULL,
	"confirmed_by" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "drafts" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "drafts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"link_id" bigint NOT NULL,
	"resume_key" "bytea" NOT NULL,
	"answers" jsonb NOT NULL,
	"locale" text NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"user_id" bigint NOT NULL,
	"organisation_id" bigint NOT NULL,
	"role" "role" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "memberships_user_id_organisation_id_pk" PRIMARY KEY("user_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "organisations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"key" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "rate_limits_key_window_start_pk" PRIMARY KEY("key","window_start")
);
--> statement-breakpoint
CREATE TABLE "ratings" (
	"response_id" bigint NOT NULL,
	"issue_id" bigint NOT NULL,
	"axis" "axis" NOT NULL,
	"score" smallint,
	CONSTRAINT "ratings_response_id_issue_id_axis_pk" PRIMARY KEY("response_id","issue_id","axis"),
	CONSTRAINT "ratings_score_check" CHECK ("ratings"."score" BETWEEN 1 AND 7)
);
--> statement-breakpoint
CREATE TABLE "response_comments" (
	"response_id" bigint NOT NULL,
	"issue_id" bigint NOT NULL,
	"body" text NOT NULL,
	CONSTRAINT "response_comments_response_id_issue_id_pk" PRIMARY KEY("response_id","issue_id"),
	CONSTRAINT "response_comments_length_check" CHECK (char_length("response_comments"."body") BETWEEN 1 AND 2000)
);
--> statement-breakpoint
CREATE TABLE "responses" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "responses_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"assessment_id" bigint NOT NULL,
	"group_id" bigint NOT NULL,
	"link_id" bigint NOT NULL,
	"single_use" boolean NOT NULL,
	"browser_id" uuid,
	"submission_id" uuid NOT NULL,
	"locale" text NOT NULL,
	"started_at" timestamp with time zone,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"flags" text[] DEFAULT '{}'::text[] NOT NULL,
	"address_hash" "bytea",
	"suggested_issues" text,
	CONSTRAINT "responses_suggested_issues_length_check" CHECK (char_length("responses"."suggested_issues") <= 2000)
);
--> statement-breakpoint
CREATE TABLE "score_sums" (
	"assessment_id" bigint NOT NULL,
	"issue_id" bigint NOT NULL,
	"axis" "axis" NOT NULL,
	"group_id" bigint NOT NULL,
	"flagged" boolean NOT NULL,
	"n" bigint NOT NULL,
	"sum" bigint NOT NULL,
	"sum_squares" bigint NOT NULL,
	"dont_know" bigint NOT NULL,
	CONSTRAINT "score_sums_assessment_id_issue_id_axis_group_id_flagged_pk" PRIMARY KEY("assessment_id","issue_id","axis","group_id","flagged")
);
--> statement-breakpoint
CREATE TABLE "score_watermarks" (
	"assessment_id" bigint PRIMARY KEY NOT NULL,
	"response_id" bigint NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "server_secrets" (
	"name" text PRIMARY KEY NOT NULL,
	"value" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" "bytea" PRIMARY KEY NOT NULL,
	"user_id" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "setup_tokens" (
	"token_hash" "bytea" PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "stakeholder_groups" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "stakeholder_groups_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"assessment_id" bigint NOT NULL,
	"key" text NOT NULL,
	"names" jsonb NOT NULL,
	"expectations" jsonb NOT NULL,
	"channels" jsonb NOT NULL,
	"weight" double precision DEFAULT 1 NOT NULL,
	"axes" "axis"[] NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "stakeholder_groups_weight_check" CHECK ("stakeholder_groups"."weight" >= 0)
);
--> statement-breakpoint
CREATE TABLE "survey_links" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "survey_links_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"assessment_id" bigint NOT NULL,
	"group_id" bigint NOT NULL,
	"kind" "link_kind" NOT NULL,
	"token_hash" "bytea" NOT NULL,
	"max_responses" integer,
	"expires_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"created_by" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_links_max_responses_check" CHECK ("survey_links"."max_responses" IS NULL OR "survey_links"."max_responses" > 0)
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "users_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text NOT NULL,
	"password_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "approvals" ADD CONSTRAINT "approvals_confirmation_id_confirmations_id_fk" FOREIGN KEY ("confirmation_id") REFERENCES "public"."confirmations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approvals" ADD CONSTRAINT "approvals_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_issues" ADD CONSTRAINT "assessment_issues_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_previous_id_assessments_id_fk" FOREIGN KEY ("previous_id") REFERENCES "public"."assessments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "confirmations" ADD CONSTRAINT "confirmations_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "confirmations" ADD CONSTRAINT "confirmations_confirmed_by_users_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drafts" ADD CONSTRAINT "drafts_link_id_survey_links_id_fk" FOREIGN KEY ("link_id") REFERENCES "public"."survey_links"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_response_id_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_issue_id_assessment_issues_id_fk" FOREIGN KEY ("issue_id") REFERENCES "public"."assessment_issues"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_comments" ADD CONSTRAINT "response_comments_response_id_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_comments" ADD CONSTRAINT "response_comments_issue_id_assessment_issues_id_fk" FOREIGN KEY ("issue_id") REFERENCES "public"."assessment_issues"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_group_id_stakeholder_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."stakeholder_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_link_id_survey_links_id_fk" FOREIGN KEY ("link_id") REFERENCES "public"."survey_links"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_sums" ADD CONSTRAINT "score_sums_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_sums" ADD CONSTRAINT "score_sums_issue_id_assessment_issues_id_fk" FOREIGN KEY ("issue_id") REFERENCES "public"."assessment_issues"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_sums" ADD CONSTRAINT "score_sums_group_id_stakeholder_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."stakeholder_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_watermarks" ADD CONSTRAINT "score_watermarks_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stakeholder_groups" ADD CONSTRAINT "stakeholder_groups_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_links" ADD CONSTRAINT "survey_links_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_links" ADD CONSTRAINT "survey_links_group_id_stakeholder_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."stakeholder_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_links" ADD CONSTRAINT "survey_links_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "approvals_confirmation_unique" ON "approvals" USING btree ("confirmation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_issues_code_unique" ON "assessment_issues" USING btree ("assessment_id","code");--> statement-breakpoint
CREATE INDEX "assessments_organisation_idx" ON "assessments" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "audit_log_organisation_idx" ON "audit_log" USING btree ("organisation_id","created_at");--> statement-breakpoint
CREATE INDEX "audit_log_assessment_idx" ON "audit_log" USING btree ("assessment_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "confirmations_version_unique" ON "confirmations" USING btree ("assessment_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "drafts_link_resume_unique" ON "drafts" USING btree ("link_id","resume_key");--> statement-breakpoint
CREATE INDEX "memberships_organisation_idx" ON "memberships" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "responses_submission_unique" ON "responses" USING btree ("assessment_id","submission_id");--> statement-breakpoint
CREATE UNIQUE INDEX "responses_single_use_link_unique" ON "responses" USING btree ("link_id") WHERE "responses"."single_use";--> statement-breakpoint
CREATE UNIQUE INDEX "responses_browser_unique" ON "responses" USING btree ("link_id","browser_id") WHERE "responses"."browser_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "responses_assessment_idx" ON "responses" USING btree ("assessment_id","id");--> statement-breakpoint
CREATE INDEX "responses_address_idx" ON "responses" USING btree ("address_hash","submitted_at");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "stakeholder_groups_key_unique" ON "stakeholder_groups" USING btree ("assessment_id","key");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_links_token_unique" ON "survey_links" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "survey_links_assessment_idx" ON "survey_links" USING btree ("assessment_id","group_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_unique" ON "users" USING btree ("email");