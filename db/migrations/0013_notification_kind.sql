-- Custom SQL migration file, put your code below! --
--> statement-breakpoint
-- hand-written: the daily unit digest has one kind, `reminder.digest` (the API docs once named it `digest.overdue`);
-- rows stored under the old name are renamed (a preference already set under the new name wins)
UPDATE "notifications" SET "kind" = 'reminder.digest' WHERE "kind" = 'digest.overdue';
--> statement-breakpoint
UPDATE "email_outbox" SET "kind" = 'reminder.digest' WHERE "kind" = 'digest.overdue';
--> statement-breakpoint
DELETE FROM "notification_preferences" p WHERE p."kind" = 'digest.overdue' AND EXISTS (
  SELECT 1 FROM "notification_preferences" q WHERE q."user_id" = p."user_id" AND q."kind" = 'reminder.digest');
--> statement-breakpoint
UPDATE "notification_preferences" SET "kind" = 'reminder.digest' WHERE "kind" = 'digest.overdue';
