ALTER TYPE "public"."message_kind" ADD VALUE 'test';--> statement-breakpoint
CREATE TABLE "message_templates" (
	"assessment_id" bigint NOT NULL,
	"kind" "message_kind" NOT NULL,
	"locale" "contact_locale" NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "message_templates_assessment_id_kind_locale_pk" PRIMARY KEY("assessment_id","kind","locale")
);
--> statement-breakpoint
CREATE TABLE "reminder_schedules" (
	"assessment_id" bigint PRIMARY KEY NOT NULL,
	"days" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"max_reminders" integer DEFAULT 3 NOT NULL,
	"min_gap_days" integer DEFAULT 3 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "messages" ALTER COLUMN "invitation_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "message_templates" ADD CONSTRAINT "message_templates_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminder_schedules" ADD CONSTRAINT "reminder_schedules_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;