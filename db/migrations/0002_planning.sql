CREATE TABLE "cycles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"frequency" text NOT NULL,
	"planning_deadline" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicator_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sector" text NOT NULL,
	"text" text NOT NULL,
	"result_example" text,
	"aspect" text NOT NULL,
	"unit" text,
	"direction" text DEFAULT 'higher' NOT NULL,
	"category" text NOT NULL,
	"example_target" text,
	"status" text NOT NULL,
	"rationale" text,
	"proposed_by" uuid,
	"proposed_by_user" uuid,
	"decided_by" uuid,
	"decision_reason" text,
	"decided_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "periods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cycle_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"index" integer NOT NULL,
	"label" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"progress_deadline" date,
	"evaluation_deadline" date,
	"status" text DEFAULT 'open' NOT NULL,
	"locked_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_behaviours" (
	"work_plan_id" uuid NOT NULL,
	"value" text NOT NULL,
	"expectation" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_behaviours_work_plan_id_value_pk" PRIMARY KEY("work_plan_id","value")
);
--> statement-breakpoint
CREATE TABLE "plan_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "plan_comments_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"work_plan_id" uuid NOT NULL,
	"author_user_id" uuid,
	"author_name" text NOT NULL,
	"kind" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"result_id" uuid NOT NULL,
	"work_plan_id" uuid NOT NULL,
	"text" text NOT NULL,
	"aspect" text NOT NULL,
	"target" double precision,
	"target_max" double precision,
	"target_text" text,
	"unit" text,
	"direction" text DEFAULT 'higher' NOT NULL,
	"category" text,
	"perspective" text,
	"template_id" uuid,
	"copied_from_id" uuid,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"work_plan_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"text" text NOT NULL,
	"parent_result_id" uuid,
	"copied_from_id" uuid,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_submissions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"work_plan_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"content" jsonb NOT NULL,
	"submitted_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "template_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"template_id" uuid NOT NULL,
	"author_user_id" uuid,
	"author_name" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "template_endorsements" (
	"template_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"employee_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "template_endorsements_template_id_user_id_pk" PRIMARY KEY("template_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "work_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cycle_id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"assessor_id" uuid,
	"assessor_override_reason" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"approach" text NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"amends_id" uuid,
	"amendment_reason" text,
	"is_current" boolean DEFAULT true NOT NULL,
	"snapshot" jsonb NOT NULL,
	"annex" jsonb DEFAULT '{"resources":[],"accountability":[],"consequences":[]}'::jsonb NOT NULL,
	"submitted_at" timestamp with time zone,
	"approved_at" timestamp with time zone,
	"approved_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "indicator_templates" ADD CONSTRAINT "indicator_templates_proposed_by_employees_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."employees"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_templates" ADD CONSTRAINT "indicator_templates_proposed_by_user_users_id_fk" FOREIGN KEY ("proposed_by_user") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_templates" ADD CONSTRAINT "indicator_templates_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "periods" ADD CONSTRAINT "periods_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_behaviours" ADD CONSTRAINT "plan_behaviours_work_plan_id_work_plans_id_fk" FOREIGN KEY ("work_plan_id") REFERENCES "public"."work_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_comments" ADD CONSTRAINT "plan_comments_work_plan_id_work_plans_id_fk" FOREIGN KEY ("work_plan_id") REFERENCES "public"."work_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_comments" ADD CONSTRAINT "plan_comments_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_indicators" ADD CONSTRAINT "plan_indicators_result_id_plan_results_id_fk" FOREIGN KEY ("result_id") REFERENCES "public"."plan_results"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_indicators" ADD CONSTRAINT "plan_indicators_work_plan_id_work_plans_id_fk" FOREIGN KEY ("work_plan_id") REFERENCES "public"."work_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_indicators" ADD CONSTRAINT "plan_indicators_template_id_indicator_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."indicator_templates"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_results" ADD CONSTRAINT "plan_results_work_plan_id_work_plans_id_fk" FOREIGN KEY ("work_plan_id") REFERENCES "public"."work_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_results" ADD CONSTRAINT "plan_results_parent_result_id_plan_results_id_fk" FOREIGN KEY ("parent_result_id") REFERENCES "public"."plan_results"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_submissions" ADD CONSTRAINT "plan_submissions_work_plan_id_work_plans_id_fk" FOREIGN KEY ("work_plan_id") REFERENCES "public"."work_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "template_comments" ADD CONSTRAINT "template_comments_template_id_indicator_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."indicator_templates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "template_comments" ADD CONSTRAINT "template_comments_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "template_endorsements" ADD CONSTRAINT "template_endorsements_template_id_indicator_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."indicator_templates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "template_endorsements" ADD CONSTRAINT "template_endorsements_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "template_endorsements" ADD CONSTRAINT "template_endorsements_employee_id_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."employees"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_plans" ADD CONSTRAINT "work_plans_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_plans" ADD CONSTRAINT "work_plans_employee_id_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."employees"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_plans" ADD CONSTRAINT "work_plans_assessor_id_employees_id_fk" FOREIGN KEY ("assessor_id") REFERENCES "public"."employees"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_plans" ADD CONSTRAINT "work_plans_amends_id_work_plans_id_fk" FOREIGN KEY ("amends_id") REFERENCES "public"."work_plans"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "cycles_year_uq" ON "cycles" USING btree ("year");--> statement-breakpoint
CREATE INDEX "indicator_templates_status_sector_idx" ON "indicator_templates" USING btree ("status","sector");--> statement-breakpoint
CREATE INDEX "indicator_templates_text_trgm_idx" ON "indicator_templates" USING gin (lower("text") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "indicator_templates_proposed_by_idx" ON "indicator_templates" USING btree ("proposed_by");--> statement-breakpoint
CREATE INDEX "indicator_templates_proposed_by_user_idx" ON "indicator_templates" USING btree ("proposed_by_user");--> statement-breakpoint
CREATE INDEX "indicator_templates_decided_by_idx" ON "indicator_templates" USING btree ("decided_by");--> statement-breakpoint
CREATE UNIQUE INDEX "periods_cycle_kind_index_uq" ON "periods" USING btree ("cycle_id","kind","index");--> statement-breakpoint
CREATE INDEX "periods_dates_idx" ON "periods" USING btree ("start_date","end_date");--> statement-breakpoint
CREATE INDEX "plan_comments_plan_idx" ON "plan_comments" USING btree ("work_plan_id","seq");--> statement-breakpoint
CREATE INDEX "plan_indicators_result_idx" ON "plan_indicators" USING btree ("result_id","position");--> statement-breakpoint
CREATE INDEX "plan_indicators_plan_idx" ON "plan_indicators" USING btree ("work_plan_id");--> statement-breakpoint
CREATE INDEX "plan_indicators_template_idx" ON "plan_indicators" USING btree ("template_id");--> statement-breakpoint
CREATE INDEX "plan_indicators_copied_idx" ON "plan_indicators" USING btree ("copied_from_id");--> statement-breakpoint
CREATE INDEX "plan_results_plan_idx" ON "plan_results" USING btree ("work_plan_id","position");--> statement-breakpoint
CREATE INDEX "plan_results_parent_idx" ON "plan_results" USING btree ("parent_result_id");--> statement-breakpoint
CREATE INDEX "plan_results_copied_idx" ON "plan_results" USING btree ("copied_from_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_submissions_plan_seq_uq" ON "plan_submissions" USING btree ("work_plan_id","seq");--> statement-breakpoint
CREATE INDEX "template_comments_template_idx" ON "template_comments" USING btree ("template_id","created_at");--> statement-breakpoint
CREATE INDEX "template_endorsements_user_idx" ON "template_endorsements" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "work_plans_current_uq" ON "work_plans" USING btree ("cycle_id","employee_id") WHERE "work_plans"."is_current";--> statement-breakpoint
CREATE UNIQUE INDEX "work_plans_open_amendment_uq" ON "work_plans" USING btree ("amends_id") WHERE "work_plans"."amends_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "work_plans_employee_idx" ON "work_plans" USING btree ("employee_id","cycle_id");--> statement-breakpoint
CREATE INDEX "work_plans_assessor_idx" ON "work_plans" USING btree ("assessor_id","status");--> statement-breakpoint
CREATE INDEX "work_plans_cycle_status_idx" ON "work_plans" USING btree ("cycle_id","status");