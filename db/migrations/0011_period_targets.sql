ALTER TABLE "plan_indicators" ADD COLUMN "aggregation" text DEFAULT 'sum' NOT NULL;--> statement-breakpoint
ALTER TABLE "plan_indicators" ADD COLUMN "period_targets" jsonb;--> statement-breakpoint
-- hand-written: existing indicators get their default aggregation by aspect (quantity → sum, any other → average)
UPDATE "plan_indicators" SET "aggregation" = 'average' WHERE "aspect" <> 'quantity';--> statement-breakpoint
-- hand-written: entries of summed indicators were measured against the annual target; measure them against their
-- period's target (the even split of splitTarget: the annual target in hundredths over the plan's periodic periods,
-- the remainder one hundredth each to the last periods), with the default cap of 200%
WITH "tp" AS (
  SELECT w."id" AS "work_plan_id", p."id" AS "period_id",
    row_number() OVER (PARTITION BY w."id" ORDER BY p."index") AS "i",
    count(*) OVER (PARTITION BY w."id") AS "n"
  FROM "work_plans" w
  JOIN "periods" p ON p."cycle_id" = w."cycle_id" AND p."kind" = 'periodic'
    AND p."start_date" <= coalesce(w."end_date", '9999-12-31'::date) AND w."start_date" <= p."end_date"
), "pt" AS (
  SELECT e."id", e."value", i."direction",
    (floor(round(i."target" * 100) / tp."n")
      + CASE WHEN tp."i" > tp."n" - (round(i."target" * 100) - floor(round(i."target" * 100) / tp."n") * tp."n")
        THEN 1 ELSE 0 END) / 100.0 AS "target"
  FROM "progress_entries" e
  JOIN "plan_indicators" i ON i."id" = e."indicator_id"
  JOIN "tp" ON tp."work_plan_id" = e."work_plan_id" AND tp."period_id" = e."period_id"
  WHERE i."aggregation" = 'sum' AND i."target" > 0 AND e."value" IS NOT NULL AND e."achievement" IS NOT NULL
)
UPDATE "progress_entries" e SET "achievement" = (CASE
    WHEN pt."target" <= 0 OR pt."value" < 0 THEN NULL
    WHEN pt."direction" = 'higher' THEN round(LEAST(pt."value" / pt."target" * 100, 200)::numeric, 2)
    WHEN pt."value" = 0 THEN 200
    ELSE round(LEAST(pt."target" / pt."value" * 100, 200)::numeric, 2) END)::double precision
FROM "pt" WHERE pt."id" = e."id";
