CREATE TABLE "assessor_reminders" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "assessor_reminders_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"assessment_id" bigint NOT NULL,
	"assessor_id" bigint NOT NULL,
	"sent_by" bigint,
	"note" text,
	"remaining" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "iro_assignments" (
	"iro_id" bigint NOT NULL,
	"assessor_id" bigint NOT NULL,
	"assigned_by" bigint,
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "iro_assignments_iro_id_assessor_id_pk" PRIMARY KEY("iro_id","assessor_id")
);
--> statement-breakpoint
ALTER TABLE "assessor_reminders" ADD CONSTRAINT "assessor_reminders_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessor_reminders" ADD CONSTRAINT "assessor_reminders_assessor_id_users_id_fk" FOREIGN KEY ("assessor_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessor_reminders" ADD CONSTRAINT "assessor_reminders_sent_by_users_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iro_assignments" ADD CONSTRAINT "iro_assignments_iro_id_iros_id_fk" FOREIGN KEY ("iro_id") REFERENCES "public"."iros"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iro_assignments" ADD CONSTRAINT "iro_assignments_assessor_id_users_id_fk" FOREIGN KEY ("assessor_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iro_assignments" ADD CONSTRAINT "iro_assignments_assigned_by_users_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessor_reminders_assessment_idx" ON "assessor_reminders" USING btree ("assessment_id","assessor_id");--> statement-breakpoint
CREATE INDEX "iro_assignments_assessor_idx" ON "iro_assignments" USING btree ("assessor_id");