-- Existing members keep the account's name as their organisation's name for them.
ALTER TABLE "memberships" ADD COLUMN "name" text;--> statement-breakpoint
UPDATE "memberships" m SET "name" = u."name" FROM "users" u WHERE u."id" = m."user_id";--> statement-breakpoint
ALTER TABLE "memberships" ALTER COLUMN "name" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "deactivated_at" timestamp with time zone;
