CREATE TABLE "development_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employee_id" uuid NOT NULL,
	"evaluation_id" uuid,
	"period_id" uuid,
	"source" text NOT NULL,
	"predicate" text,
	"status" text DEFAULT 'open' NOT NULL,
	"focus_areas" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"work_plan_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"assessor_id" uuid,
	"unit_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"result_ratings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"result_rating" text,
	"result_rating_reason" text,
	"behaviour_ratings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"behaviour_rating" text,
	"strengths" text,
	"improvements" text,
	"predicate" text,
	"justification" text,
	"violations" jsonb,
	"org_predicate" text,
	"snapshot" jsonb NOT NULL,
	"finalized_at" timestamp with time zone,
	"finalized_by" uuid,
	"finalized_by_name" text,
	"acknowledged_at" timestamp with time zone,
	"reopened_at" timestamp with time zone,
	"reopen_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "objections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"evaluation_id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"decider_id" uuid,
	"reason" text NOT NULL,
	"status" text DEFAULT 'filed' NOT NULL,
	"explanation_request" text,
	"explanations_requested_at" timestamp with time zone,
	"employee_explanation" text,
	"employee_explained_at" timestamp with time zone,
	"assessor_explanation" text,
	"assessor_explained_at" timestamp with time zone,
	"outcome" text,
	"note" text,
	"before" jsonb NOT NULL,
	"after" jsonb,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"decided_by_name" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "org_predicates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "org_predicates_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"unit_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"predicate" text NOT NULL,
	"basis" text,
	"set_by" uuid NOT NULL,
	"set_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "development_plans" ADD CONSTRAINT "development_plans_employee_id_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."employees"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_plans" ADD CONSTRAINT "development_plans_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_plans" ADD CONSTRAINT "development_plans_period_id_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."periods"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_work_plan_id_work_plans_id_fk" FOREIGN KEY ("work_plan_id") REFERENCES "public"."work_plans"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_period_id_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."periods"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_employee_id_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."employees"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_assessor_id_employees_id_fk" FOREIGN KEY ("assessor_id") REFERENCES "public"."employees"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_finalized_by_users_id_fk" FOREIGN KEY ("finalized_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_employee_id_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."employees"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_decider_id_employees_id_fk" FOREIGN KEY ("decider_id") REFERENCES "public"."employees"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_predicates" ADD CONSTRAINT "org_predicates_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_predicates" ADD CONSTRAINT "org_predicates_period_id_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."periods"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_predicates" ADD CONSTRAINT "org_predicates_set_by_users_id_fk" FOREIGN KEY ("set_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settings" ADD CONSTRAINT "settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "development_plans_evaluation_uq" ON "development_plans" USING btree ("evaluation_id") WHERE "development_plans"."evaluation_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "development_plans_employee_idx" ON "development_plans" USING btree ("employee_id","created_at");--> statement-breakpoint
CREATE INDEX "development_plans_period_idx" ON "development_plans" USING btree ("period_id");--> statement-breakpoint
CREATE INDEX "development_plans_evaluation_idx" ON "development_plans" USING btree ("evaluation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluations_employee_period_uq" ON "evaluations" USING btree ("employee_id","period_id");--> statement-breakpoint
CREATE INDEX "evaluations_plan_idx" ON "evaluations" USING btree ("work_plan_id");--> statement-breakpoint
CREATE INDEX "evaluations_period_unit_idx" ON "evaluations" USING btree ("period_id","unit_id","status");--> statement-breakpoint
CREATE INDEX "evaluations_assessor_idx" ON "evaluations" USING btree ("assessor_id","period_id");--> statement-breakpoint
CREATE INDEX "evaluations_unit_idx" ON "evaluations" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "evaluations_finalized_by_idx" ON "evaluations" USING btree ("finalized_by");--> statement-breakpoint
CREATE UNIQUE INDEX "objections_evaluation_uq" ON "objections" USING btree ("evaluation_id");--> statement-breakpoint
CREATE INDEX "objections_employee_idx" ON "objections" USING btree ("employee_id");--> statement-breakpoint
CREATE INDEX "objections_decider_idx" ON "objections" USING btree ("decider_id","status");--> statement-breakpoint
CREATE INDEX "objections_decided_by_idx" ON "objections" USING btree ("decided_by");--> statement-breakpoint
CREATE INDEX "org_predicates_unit_period_idx" ON "org_predicates" USING btree ("unit_id","period_id","seq");--> statement-breakpoint
CREATE INDEX "org_predicates_period_idx" ON "org_predicates" USING btree ("period_id");--> statement-breakpoint
CREATE INDEX "org_predicates_set_by_idx" ON "org_predicates" USING btree ("set_by");--> statement-breakpoint
CREATE INDEX "settings_updated_by_idx" ON "settings" USING btree ("updated_by");