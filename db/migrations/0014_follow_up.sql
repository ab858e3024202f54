CREATE TABLE "development_plan_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"training_id" uuid,
	"title" text NOT NULL,
	"mode" text,
	"hours" numeric(6, 1) DEFAULT 0 NOT NULL,
	"due_date" date NOT NULL,
	"success_criteria" text NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"completed_at" timestamp with time zone,
	"completion_note" text,
	"certificate_filename" text,
	"certificate_content_type" text,
	"certificate_size_bytes" bigint,
	"certificate_sha256" text,
	"certificate_storage_key" text,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "escalations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"improvement_period_id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"evaluation_id" uuid NOT NULL,
	"history" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"decision" text,
	"note" text,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"decided_by_name" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "improvement_periods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employee_id" uuid NOT NULL,
	"evaluation_id" uuid NOT NULL,
	"development_plan_id" uuid,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"closed_at" timestamp with time zone,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "nominations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"evaluation_id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"kind" text DEFAULT 'award' NOT NULL,
	"reason" text NOT NULL,
	"nominated_by" uuid,
	"nominated_by_name" text NOT NULL,
	"status" text DEFAULT 'nominated' NOT NULL,
	"decision_note" text,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"decided_by_name" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trainings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"provider" text NOT NULL,
	"mode" text NOT NULL,
	"hours" numeric(6, 1) NOT NULL,
	"cost" bigint,
	"schedule" text,
	"start_date" date,
	"end_date" date,
	"capacity" integer,
	"competences" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"description" text,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "trainings_hours_ck" CHECK ("trainings"."hours" > 0)
);
--> statement-breakpoint
ALTER TABLE "development_plans" ADD COLUMN "assessor_id" uuid;--> statement-breakpoint
ALTER TABLE "development_plans" ADD COLUMN "agreed_by_employee_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "development_plans" ADD COLUMN "agreed_by_assessor_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "development_plans" ADD COLUMN "agreed_by_assessor_name" text;--> statement-breakpoint
ALTER TABLE "development_plan_items" ADD CONSTRAINT "development_plan_items_plan_id_development_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."development_plans"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_plan_items" ADD CONSTRAINT "development_plan_items_training_id_trainings_id_fk" FOREIGN KEY ("training_id") REFERENCES "public"."trainings"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_plan_items" ADD CONSTRAINT "development_plan_items_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalations" ADD CONSTRAINT "escalations_improvement_period_id_improvement_periods_id_fk" FOREIGN KEY ("improvement_period_id") REFERENCES "public"."improvement_periods"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalations" ADD CONSTRAINT "escalations_employee_id_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."employees"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalations" ADD CONSTRAINT "escalations_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalations" ADD CONSTRAINT "escalations_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_periods" ADD CONSTRAINT "improvement_periods_employee_id_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."employees"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_periods" ADD CONSTRAINT "improvement_periods_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_periods" ADD CONSTRAINT "improvement_periods_development_plan_id_development_plans_id_fk" FOREIGN KEY ("development_plan_id") REFERENCES "public"."development_plans"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_employee_id_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."employees"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_nominated_by_users_id_fk" FOREIGN KEY ("nominated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "development_plan_items_plan_idx" ON "development_plan_items" USING btree ("plan_id","created_at");--> statement-breakpoint
CREATE INDEX "development_plan_items_training_idx" ON "development_plan_items" USING btree ("training_id");--> statement-breakpoint
CREATE INDEX "development_plan_items_due_idx" ON "development_plan_items" USING btree ("status","due_date");--> statement-breakpoint
CREATE INDEX "development_plan_items_created_by_idx" ON "development_plan_items" USING btree ("created_by");--> statement-breakpoint
CREATE UNIQUE INDEX "development_plan_items_storage_key_uq" ON "development_plan_items" USING btree ("certificate_storage_key");--> statement-breakpoint
CREATE UNIQUE INDEX "escalations_evaluation_uq" ON "escalations" USING btree ("evaluation_id");--> statement-breakpoint
CREATE INDEX "escalations_period_idx" ON "escalations" USING btree ("improvement_period_id");--> statement-breakpoint
CREATE INDEX "escalations_employee_idx" ON "escalations" USING btree ("employee_id");--> statement-breakpoint
CREATE INDEX "escalations_status_idx" ON "escalations" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "escalations_decided_by_idx" ON "escalations" USING btree ("decided_by");--> statement-breakpoint
CREATE UNIQUE INDEX "improvement_periods_evaluation_uq" ON "improvement_periods" USING btree ("evaluation_id");--> statement-breakpoint
CREATE INDEX "improvement_periods_employee_idx" ON "improvement_periods" USING btree ("employee_id","start_date");--> statement-breakpoint
CREATE INDEX "improvement_periods_status_idx" ON "improvement_periods" USING btree ("status","end_date");--> statement-breakpoint
CREATE INDEX "improvement_periods_plan_idx" ON "improvement_periods" USING btree ("development_plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "nominations_evaluation_kind_uq" ON "nominations" USING btree ("evaluation_id","kind");--> statement-breakpoint
CREATE INDEX "nominations_employee_idx" ON "nominations" USING btree ("employee_id");--> statement-breakpoint
CREATE INDEX "nominations_status_idx" ON "nominations" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "nominations_nominated_by_idx" ON "nominations" USING btree ("nominated_by");--> statement-breakpoint
CREATE INDEX "nominations_decided_by_idx" ON "nominations" USING btree ("decided_by");--> statement-breakpoint
CREATE UNIQUE INDEX "trainings_code_uq" ON "trainings" USING btree (lower("code"));--> statement-breakpoint
CREATE INDEX "trainings_title_idx" ON "trainings" USING btree ("title");--> statement-breakpoint
CREATE INDEX "trainings_competences_idx" ON "trainings" USING gin ("competences");--> statement-breakpoint
ALTER TABLE "development_plans" ADD CONSTRAINT "development_plans_assessor_id_employees_id_fk" FOREIGN KEY ("assessor_id") REFERENCES "public"."employees"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "development_plans_assessor_idx" ON "development_plans" USING btree ("assessor_id");