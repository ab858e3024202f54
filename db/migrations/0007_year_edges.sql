-- Issue 10 (a real agency year): cycles can be closed; plans carry their unit and the days they are in force
-- (several per employee and cycle after a transfer); evaluations remember whether the employee headed their unit;
-- transfers are recorded. Existing plans start with their cycle in the employee's unit.
CREATE TABLE "employee_transfers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employee_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"effective_date" date NOT NULL,
	"from_unit_id" uuid NOT NULL,
	"to_unit_id" uuid NOT NULL,
	"from_supervisor_id" uuid,
	"to_supervisor_id" uuid,
	"ended_plan_id" uuid,
	"new_plan_id" uuid NOT NULL,
	"position_title" text,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "work_plans_current_uq";--> statement-breakpoint
ALTER TABLE "cycles" ADD COLUMN "status" text DEFAULT 'open' NOT NULL;--> statement-breakpoint
ALTER TABLE "cycles" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cycles" ADD COLUMN "closed_by" uuid;--> statement-breakpoint
ALTER TABLE "evaluations" ADD COLUMN "heads_unit" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "work_plans" ADD COLUMN "unit_id" uuid;--> statement-breakpoint
ALTER TABLE "work_plans" ADD COLUMN "start_date" date;--> statement-breakpoint
UPDATE "work_plans" wp SET "unit_id" = e."unit_id" FROM "employees" e WHERE e."id" = wp."employee_id";--> statement-breakpoint
UPDATE "work_plans" wp SET "start_date" = c."start_date" FROM "cycles" c WHERE c."id" = wp."cycle_id";--> statement-breakpoint
ALTER TABLE "work_plans" ALTER COLUMN "unit_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "work_plans" ALTER COLUMN "start_date" SET NOT NULL;--> statement-breakpoint
UPDATE "evaluations" ev SET "heads_unit" = true FROM "units" u WHERE u."id" = ev."unit_id" AND u."head_id" = ev."employee_id";--> statement-breakpoint
ALTER TABLE "work_plans" ADD COLUMN "end_date" date;--> statement-breakpoint
ALTER TABLE "employee_transfers" ADD CONSTRAINT "employee_transfers_employee_id_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."employees"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employee_transfers" ADD CONSTRAINT "employee_transfers_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employee_transfers" ADD CONSTRAINT "employee_transfers_from_unit_id_units_id_fk" FOREIGN KEY ("from_unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employee_transfers" ADD CONSTRAINT "employee_transfers_to_unit_id_units_id_fk" FOREIGN KEY ("to_unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employee_transfers" ADD CONSTRAINT "employee_transfers_from_supervisor_id_employees_id_fk" FOREIGN KEY ("from_supervisor_id") REFERENCES "public"."employees"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employee_transfers" ADD CONSTRAINT "employee_transfers_to_supervisor_id_employees_id_fk" FOREIGN KEY ("to_supervisor_id") REFERENCES "public"."employees"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employee_transfers" ADD CONSTRAINT "employee_transfers_ended_plan_id_work_plans_id_fk" FOREIGN KEY ("ended_plan_id") REFERENCES "public"."work_plans"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employee_transfers" ADD CONSTRAINT "employee_transfers_new_plan_id_work_plans_id_fk" FOREIGN KEY ("new_plan_id") REFERENCES "public"."work_plans"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employee_transfers" ADD CONSTRAINT "employee_transfers_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "employee_transfers_employee_idx" ON "employee_transfers" USING btree ("employee_id","effective_date");--> statement-breakpoint
CREATE INDEX "employee_transfers_cycle_idx" ON "employee_transfers" USING btree ("cycle_id");--> statement-breakpoint
CREATE INDEX "employee_transfers_from_unit_idx" ON "employee_transfers" USING btree ("from_unit_id");--> statement-breakpoint
CREATE INDEX "employee_transfers_to_unit_idx" ON "employee_transfers" USING btree ("to_unit_id");--> statement-breakpoint
CREATE INDEX "employee_transfers_from_supervisor_idx" ON "employee_transfers" USING btree ("from_supervisor_id");--> statement-breakpoint
CREATE INDEX "employee_transfers_to_supervisor_idx" ON "employee_transfers" USING btree ("to_supervisor_id");--> statement-breakpoint
CREATE INDEX "employee_transfers_ended_plan_idx" ON "employee_transfers" USING btree ("ended_plan_id");--> statement-breakpoint
CREATE INDEX "employee_transfers_new_plan_idx" ON "employee_transfers" USING btree ("new_plan_id");--> statement-breakpoint
CREATE INDEX "employee_transfers_created_by_idx" ON "employee_transfers" USING btree ("created_by");--> statement-breakpoint
ALTER TABLE "cycles" ADD CONSTRAINT "cycles_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_plans" ADD CONSTRAINT "work_plans_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cycles_closed_by_idx" ON "cycles" USING btree ("closed_by");--> statement-breakpoint
CREATE INDEX "work_plans_unit_idx" ON "work_plans" USING btree ("unit_id","cycle_id");--> statement-breakpoint
CREATE UNIQUE INDEX "work_plans_current_uq" ON "work_plans" USING btree ("cycle_id","employee_id","start_date") WHERE "work_plans"."is_current";