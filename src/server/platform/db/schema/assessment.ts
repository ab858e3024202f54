import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { DistributionViolation } from '../../../../domain/evaluations/distribution.js';
import type {
  BehaviourRatingView,
  EvaluationSnapshot,
  FocusArea,
  RatingsSnapshot,
  ResultRatingView,
} from '../../../../domain/evaluations/view.js';
import { id, ts, timestamps } from './columns.js';
import { users } from './auth.js';
import { units, employees } from './org.js';
import { periods, workPlans } from './planning.js';

/** Assessment: evaluations, organisation predicates, settings, objections, development plans. */

const ratingEnum = ['above', 'meets', 'below'] as const;
const predicateEnum = ['sangat_baik', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang'] as const;
const orgPredicateEnum = ['istimewa', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang'] as const;

/**
 * An evaluation (periodic or annual) of one employee's plan. `unitId` is the employee's unit when the evaluation
 * was finalised (the distribution population); a final evaluation changes only through an objection decision or
 * an HR reopening, both audited.
 */
export const evaluations = pgTable(
  'evaluations',
  {
    id: id(),
    workPlanId: uuid('work_plan_id')
      .notNull()
      .references(() => workPlans.id, { onDelete: 'restrict' }),
    periodId: uuid('period_id')
      .notNull()
      .references(() => periods.id, { onDelete: 'restrict' }),
    employeeId: uuid('employee_id')
      .notNull()
      .references(() => employees.id, { onDelete: 'restrict' }),
    assessorId: uuid('assessor_id').references(() => employees.id, { onDelete: 'set null' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    /** the employee headed `unitId` when evaluated: counted in the parent unit's population (domain §6) */
    headsUnit: boolean('heads_unit').notNull().default(false),
    status: text('status', { enum: ['draft', 'final'] })
      .notNull()
      .default('draft'),
    /** [{resultId, rating, comment}] */
    resultRatings: jsonb('result_ratings')
      .$type<ResultRatingView[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    resultRating: text('result_rating', { enum: ratingEnum }),
    /** why the overall result rating departs from the suggestion */
    resultRatingReason: text('result_rating_reason'),
    /** [{value, rating, comment}] */
    behaviourRatings: jsonb('behaviour_ratings')
      .$type<BehaviourRatingView[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    behaviourRating: text('behaviour_rating', { enum: ratingEnum }),
    strengths: text('strengths'),
    improvements: text('improvements'),
    predicate: text('predicate', { enum: predicateEnum }),
    /** the written justification accepting a distribution violation, and the violations it accepted */
    justification: text('justification'),
    violations: jsonb('violations').$type<DistributionViolation[]>(),
    /** the unit's organisation predicate when finalised (its pattern was checked) */
    orgPredicate: text('org_predicate', { enum: orgPredicateEnum }),
    /** people (employee, assessor, assessor's superior) when created / finalised */
    snapshot: jsonb('snapshot').$type<EvaluationSnapshot>().notNull(),
    finalizedAt: ts('finalized_at'),
    finalizedBy: uuid('finalized_by').references(() => users.id, { onDelete: 'set null' }),
    finalizedByName: text('finalized_by_name'),
    acknowledgedAt: ts('acknowledged_at'),
    reopenedAt: ts('reopened_at'),
    reopenReason: text('reopen_reason'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('evaluations_employee_period_uq').on(t.employeeId, t.periodId),
    index('evaluations_plan_idx').on(t.workPlanId),
    index('evaluations_period_unit_idx').on(t.periodId, t.unitId, t.status),
    index('evaluations_assessor_idx').on(t.assessorId, t.periodId),
    index('evaluations_unit_idx').on(t.unitId),
    index('evaluations_finalized_by_idx').on(t.finalizedBy),
  ],
);

/** Capaian Kinerja Organisasi: append-only, the latest row per unit and period is in force (the rest is history). */
export const orgPredicates = pgTable(
  'org_predicates',
  {
    id: id(),
    seq: bigint('seq', { mode: 'number' }).notNull().generatedAlwaysAsIdentity(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    periodId: uuid('period_id')
      .notNull()
      .references(() => periods.id, { onDelete: 'restrict' }),
    predicate: text('predicate', { enum: orgPredicateEnum }).notNull(),
    basis: text('basis'),
    setBy: uuid('set_by')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    setByName: text('set_by_name').notNull(),
    ...timestamps,
  },
  (t) => [
    index('org_predicates_unit_period_idx').on(t.unitId, t.periodId, t.seq),
    index('org_predicates_period_idx').on(t.periodId),
    index('org_predicates_set_by_idx').on(t.setBy),
  ],
);

/** Agency rule settings (configurable rules of the domain), one JSON document per key. */
export const settings = pgTable(
  'settings',
  {
    key: text('key').primaryKey(),
    /** a JSON object, validated by the schema of its key when read */
    value: jsonb('value').$type<Record<string, unknown>>().notNull(),
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [index('settings_updated_by_idx').on(t.updatedBy)],
);

/** Keberatan: one per evaluation; decided by the assessor's superior (final). */
export const objections = pgTable(
  'objections',
  {
    id: id(),
    evaluationId: uuid('evaluation_id')
      .notNull()
      .references(() => evaluations.id, { onDelete: 'restrict' }),
    employeeId: uuid('employee_id')
      .notNull()
      .references(() => employees.id, { onDelete: 'restrict' }),
    /** the assessor's superior when filed (null: none; the agency head decides) */
    deciderId: uuid('decider_id').references(() => employees.id, { onDelete: 'set null' }),
    reason: text('reason').notNull(),
    status: text('status', { enum: ['filed', 'explanations_requested', 'decided'] })
      .notNull()
      .default('filed'),
    explanationRequest: text('explanation_request'),
    explanationsRequestedAt: ts('explanations_requested_at'),
    employeeExplanation: text('employee_explanation'),
    employeeExplainedAt: ts('employee_explained_at'),
    assessorExplanation: text('assessor_explanation'),
    assessorExplainedAt: ts('assessor_explained_at'),
    outcome: text('outcome', { enum: ['upheld', 'changed'] }),
    note: text('note'),
    /** the ratings and predicate before and after the decision */
    before: jsonb('before').$type<RatingsSnapshot>().notNull(),
    after: jsonb('after').$type<RatingsSnapshot>(),
    decidedAt: ts('decided_at'),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedByName: text('decided_by_name'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('objections_evaluation_uq').on(t.evaluationId),
    index('objections_employee_idx').on(t.employeeId),
    index('objections_decider_idx').on(t.deciderId, t.status),
    index('objections_decided_by_idx').on(t.decidedBy),
  ],
);

/** Rencana Pengembangan Kompetensi: created automatically for a poor final predicate, or voluntarily. */
export const developmentPlans = pgTable(
  'development_plans',
  {
    id: id(),
    employeeId: uuid('employee_id')
      .notNull()
      .references(() => employees.id, { onDelete: 'restrict' }),
    evaluationId: uuid('evaluation_id').references(() => evaluations.id, { onDelete: 'restrict' }),
    periodId: uuid('period_id').references(() => periods.id, { onDelete: 'restrict' }),
    source: text('source', { enum: ['evaluation', 'voluntary'] }).notNull(),
    predicate: text('predicate', { enum: predicateEnum }),
    status: text('status', { enum: ['open', 'done', 'cancelled'] })
      .notNull()
      .default('open'),
    /** the weak results and behaviour values it addresses: [{kind, resultId?, value?, text, rating}] */
    focusAreas: jsonb('focus_areas')
      .$type<FocusArea[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    note: text('note'),
    /** the assessor who agrees the plan with the employee (the evaluation's assessor; null for a voluntary plan) */
    assessorId: uuid('assessor_id').references(() => employees.id, { onDelete: 'set null' }),
    agreedByEmployeeAt: ts('agreed_by_employee_at'),
    agreedByAssessorAt: ts('agreed_by_assessor_at'),
    agreedByAssessorName: text('agreed_by_assessor_name'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('development_plans_assessor_idx').on(t.assessorId),
    uniqueIndex('development_plans_evaluation_uq')
      .on(t.evaluationId)
      .where(sql`${t.evaluationId} IS NOT NULL`),
    index('development_plans_employee_idx').on(t.employeeId, t.createdAt),
    index('development_plans_period_idx').on(t.periodId),
    index('development_plans_evaluation_idx').on(t.evaluationId),
  ],
);
