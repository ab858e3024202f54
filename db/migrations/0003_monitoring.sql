CREATE TABLE "dialogue_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "dialogue_actions_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"dialogue_id" uuid NOT NULL,
	"description" text NOT NULL,
	"owner_employee_id" uuid NOT NULL,
	"due_date" date NOT NULL,
	"done_at" timestamp with time zone,
	"done_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dialogues" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "dialogues_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"work_plan_id" uuid NOT NULL,
	"period_id" uuid,
	"held_on" date NOT NULL,
	"topics" text NOT NULL,
	"notes" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "email_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"sent_at" timestamp with time zone,
	"dedupe_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "evidence_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"progress_id" uuid NOT NULL,
	"work_plan_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"url" text,
	"filename" text,
	"content_type" text,
	"size_bytes" bigint,
	"sha256" text,
	"storage_key" text,
	"uploaded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evidence_kind_ck" CHECK (("evidence"."kind" = 'file' AND "evidence"."storage_key" IS NOT NULL AND "evidence"."sha256" IS NOT NULL) OR ("evidence"."kind" = 'link' AND "evidence"."url" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "feedback_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"work_plan_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"result_id" uuid,
	"behaviour" text,
	"kind" text,
	"text" text NOT NULL,
	"reply_to" uuid,
	"author_user_id" uuid NOT NULL,
	"author_employee_id" uuid,
	"author_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feedback_root_kind_ck" CHECK (("feedback"."reply_to" IS NULL AND "feedback"."kind" IS NOT NULL) OR ("feedback"."reply_to" IS NOT NULL AND "feedback"."kind" IS NULL)),
	CONSTRAINT "feedback_subject_ck" CHECK ("feedback"."result_id" IS NULL OR "feedback"."behaviour" IS NULL)
);
--> statement-breakpoint
CREATE TABLE "notification_preferences" (
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"email" boolean NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notification_preferences_user_id_kind_pk" PRIMARY KEY("user_id","kind")
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"link" text,
	"entity_type" text,
	"entity_id" text,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "progress_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "progress_entries_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"work_plan_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"value" double precision,
	"text" text,
	"note" text,
	"achievement" double precision,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reminder_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dialogue_actions" ADD CONSTRAINT "dialogue_actions_dialogue_id_dialogues_id_fk" FOREIGN KEY ("dialogue_id") REFERENCES "public"."dialogues"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_actions" ADD CONSTRAINT "dialogue_actions_owner_employee_id_employees_id_fk" FOREIGN KEY ("owner_employee_id") REFERENCES "public"."employees"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_actions" ADD CONSTRAINT "dialogue_actions_done_by_users_id_fk" FOREIGN KEY ("done_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogues" ADD CONSTRAINT "dialogues_work_plan_id_work_plans_id_fk" FOREIGN KEY ("work_plan_id") REFERENCES "public"."work_plans"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogues" ADD CONSTRAINT "dialogues_period_id_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."periods"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogues" ADD CONSTRAINT "dialogues_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_progress_id_progress_entries_id_fk" FOREIGN KEY ("progress_id") REFERENCES "public"."progress_entries"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_work_plan_id_work_plans_id_fk" FOREIGN KEY ("work_plan_id") REFERENCES "public"."work_plans"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_work_plan_id_work_plans_id_fk" FOREIGN KEY ("work_plan_id") REFERENCES "public"."work_plans"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_period_id_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."periods"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_result_id_plan_results_id_fk" FOREIGN KEY ("result_id") REFERENCES "public"."plan_results"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_reply_to_feedback_id_fk" FOREIGN KEY ("reply_to") REFERENCES "public"."feedback"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_author_employee_id_employees_id_fk" FOREIGN KEY ("author_employee_id") REFERENCES "public"."employees"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_entries" ADD CONSTRAINT "progress_entries_work_plan_id_work_plans_id_fk" FOREIGN KEY ("work_plan_id") REFERENCES "public"."work_plans"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_entries" ADD CONSTRAINT "progress_entries_indicator_id_plan_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."plan_indicators"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_entries" ADD CONSTRAINT "progress_entries_period_id_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."periods"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_entries" ADD CONSTRAINT "progress_entries_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dialogue_actions_dialogue_idx" ON "dialogue_actions" USING btree ("dialogue_id","seq");--> statement-breakpoint
CREATE INDEX "dialogue_actions_owner_open_idx" ON "dialogue_actions" USING btree ("owner_employee_id","due_date") WHERE "dialogue_actions"."done_at" IS NULL;--> statement-breakpoint
CREATE INDEX "dialogue_actions_owner_idx" ON "dialogue_actions" USING btree ("owner_employee_id","due_date");--> statement-breakpoint
CREATE INDEX "dialogue_actions_done_by_idx" ON "dialogue_actions" USING btree ("done_by");--> statement-breakpoint
CREATE INDEX "dialogue_actions_due_idx" ON "dialogue_actions" USING btree ("due_date") WHERE "dialogue_actions"."done_at" IS NULL;--> statement-breakpoint
CREATE INDEX "dialogues_plan_idx" ON "dialogues" USING btree ("work_plan_id","held_on","seq");--> statement-breakpoint
CREATE INDEX "dialogues_period_idx" ON "dialogues" USING btree ("period_id");--> statement-breakpoint
CREATE INDEX "dialogues_created_by_idx" ON "dialogues" USING btree ("created_by");--> statement-breakpoint
CREATE UNIQUE INDEX "email_outbox_dedupe_uq" ON "email_outbox" USING btree ("dedupe_key");--> statement-breakpoint
CREATE INDEX "email_outbox_due_idx" ON "email_outbox" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE UNIQUE INDEX "evidence_storage_key_uq" ON "evidence" USING btree ("storage_key");--> statement-breakpoint
CREATE INDEX "evidence_progress_idx" ON "evidence" USING btree ("progress_id","seq");--> statement-breakpoint
CREATE INDEX "evidence_plan_idx" ON "evidence" USING btree ("work_plan_id");--> statement-breakpoint
CREATE INDEX "evidence_uploaded_by_idx" ON "evidence" USING btree ("uploaded_by");--> statement-breakpoint
CREATE INDEX "feedback_plan_period_idx" ON "feedback" USING btree ("work_plan_id","period_id","seq");--> statement-breakpoint
CREATE INDEX "feedback_period_idx" ON "feedback" USING btree ("period_id");--> statement-breakpoint
CREATE INDEX "feedback_result_idx" ON "feedback" USING btree ("result_id");--> statement-breakpoint
CREATE INDEX "feedback_reply_to_idx" ON "feedback" USING btree ("reply_to","seq");--> statement-breakpoint
CREATE INDEX "feedback_author_user_idx" ON "feedback" USING btree ("author_user_id");--> statement-breakpoint
CREATE INDEX "feedback_author_employee_idx" ON "feedback" USING btree ("author_employee_id");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "notifications_unread_idx" ON "notifications" USING btree ("user_id","created_at") WHERE "notifications"."read_at" IS NULL;--> statement-breakpoint
CREATE INDEX "notifications_entity_idx" ON "notifications" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "progress_entries_plan_period_idx" ON "progress_entries" USING btree ("work_plan_id","period_id","indicator_id","seq");--> statement-breakpoint
CREATE INDEX "progress_entries_indicator_idx" ON "progress_entries" USING btree ("indicator_id","period_id","seq");--> statement-breakpoint
CREATE INDEX "progress_entries_period_idx" ON "progress_entries" USING btree ("period_id");--> statement-breakpoint
CREATE INDEX "progress_entries_created_by_idx" ON "progress_entries" USING btree ("created_by");--> statement-breakpoint
CREATE UNIQUE INDEX "reminder_log_key_uq" ON "reminder_log" USING btree ("key");--> statement-breakpoint
CREATE INDEX "reminder_log_sent_idx" ON "reminder_log" USING btree ("sent_at");