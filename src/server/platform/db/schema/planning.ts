import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import type { PlanContent } from '../../../../domain/work-plans/diff.js';
import type { Annex } from '../../../../domain/work-plans/schemas.js';
import type { PlanSnapshot } from '../../../../domain/work-plans/view.js';
import { id, ts, timestamps } from './columns.js';
import { users } from './auth.js';
import { indicatorTemplates } from './library.js';
import { employees, units } from './org.js';

/** Planning: cycles and periods, work plans (SKP) with their results, indicators, behaviours, comments and submissions. */

/** A performance year: 12 monthly or 4 quarterly periods plus the annual period. */
export const cycles = pgTable(
  'cycles',
  {
    id: id(),
    year: integer('year').notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
    frequency: text('frequency', { enum: ['monthly', 'quarterly'] }).notNull(),
    /** deadline for approved work plans (stage 1) */
    planningDeadline: date('planning_deadline', { mode: 'string' }),
    /** closed: every period locked and the year read-only (reopening needs a reason, audited) */
    status: text('status', { enum: ['open', 'closed'] })
      .notNull()
      .default('open'),
    closedAt: ts('closed_at'),
    closedBy: uuid('closed_by').references(() => users.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [uniqueIndex('cycles_year_uq').on(t.year), index('cycles_closed_by_idx').on(t.closedBy)],
);

export const periods = pgTable(
  'periods',
  {
    id: id(),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => cycles.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['periodic', 'annual'] }).notNull(),
    /** 1..12 or 1..4 for periodic periods, 0 for the annual period */
    index: integer('index').notNull(),
    label: text('label').notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
    /** deadline for progress reports of this period */
    progressDeadline: date('progress_deadline', { mode: 'string' }),
    /** deadline for the evaluations of this period */
    evaluationDeadline: date('evaluation_deadline', { mode: 'string' }),
    status: text('status', { enum: ['open', 'locked'] })
      .notNull()
      .default('open'),
    lockedAt: ts('locked_at'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('periods_cycle_kind_index_uq').on(t.cycleId, t.kind, t.index),
    index('periods_dates_idx').on(t.startDate, t.endDate),
  ],
);

/**
 * The SKP. An approved plan is never edited: an amendment is a new row (`amendsId` → the approved one,
 * `revision` + 1) that goes through submit/approve again; `isCurrent` marks the version in force. An employee has
 * one plan per stretch of the cycle: several when a transfer (mutasi) ends one and opens the next, never
 * overlapping.
 */
export const workPlans = pgTable(
  'work_plans',
  {
    id: id(),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => cycles.id, { onDelete: 'restrict' }),
    employeeId: uuid('employee_id')
      .notNull()
      .references(() => employees.id, { onDelete: 'restrict' }),
    assessorId: uuid('assessor_id').references(() => employees.id, { onDelete: 'set null' }),
    /** the unit the employee worked in under this plan (a transfer ends the plan and opens one for the new unit) */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    /** the days the plan is in force: from `startDate` to `endDate` (null: to the end of the cycle) */
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }),
    /** why HR set the assessor by hand (null when it follows the org chart) */
    assessorOverrideReason: text('assessor_override_reason'),
    status: text('status', { enum: ['draft', 'submitted', 'returned', 'approved'] })
      .notNull()
      .default('draft'),
    approach: text('approach', { enum: ['quantitative', 'qualitative'] }).notNull(),
    revision: integer('revision').notNull().default(1),
    amendsId: uuid('amends_id').references((): AnyPgColumn => workPlans.id, { onDelete: 'restrict' }),
    amendmentReason: text('amendment_reason'),
    isCurrent: boolean('is_current').notNull().default(true),
    /** names, NIPs, ranks, positions and units of the employee and the assessor when the plan was made */
    snapshot: jsonb('snapshot').$type<PlanSnapshot>().notNull(),
    annex: jsonb('annex')
      .$type<Annex>()
      .notNull()
      .default(sql`'{"resources":[],"accountability":[],"consequences":[]}'::jsonb`),
    submittedAt: ts('submitted_at'),
    approvedAt: ts('approved_at'),
    approvedBy: uuid('approved_by'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('work_plans_current_uq')
      .on(t.cycleId, t.employeeId, t.startDate)
      .where(sql`${t.isCurrent}`),
    index('work_plans_unit_idx').on(t.unitId, t.cycleId),
    uniqueIndex('work_plans_open_amendment_uq')
      .on(t.amendsId)
      .where(sql`${t.amendsId} IS NOT NULL`),
    index('work_plans_employee_idx').on(t.employeeId, t.cycleId),
    index('work_plans_assessor_idx').on(t.assessorId, t.status),
    index('work_plans_cycle_status_idx').on(t.cycleId, t.status),
  ],
);

/** RHK (Rencana Hasil Kerja). */
export const planResults = pgTable(
  'plan_results',
  {
    id: id(),
    workPlanId: uuid('work_plan_id')
      .notNull()
      .references(() => workPlans.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['main', 'additional'] }).notNull(),
    text: text('text').notNull(),
    /** the assessor's result this one supports (cascading); null = pending link (draft-ahead) or top official */
    parentResultId: uuid('parent_result_id').references((): AnyPgColumn => planResults.id, {
      onDelete: 'set null',
    }),
    /** in an amendment: the result of the amended version this one was copied from */
    copiedFromId: uuid('copied_from_id'),
    position: integer('position').notNull().default(0),
    ...timestamps,
  },
  (t) => [
    index('plan_results_plan_idx').on(t.workPlanId, t.position),
    index('plan_results_parent_idx').on(t.parentResultId),
    index('plan_results_copied_idx').on(t.copiedFromId),
  ],
);

/** IKI (Indikator Kinerja Individu). */
export const planIndicators = pgTable(
  'plan_indicators',
  {
    id: id(),
    resultId: uuid('result_id')
      .notNull()
      .references(() => planResults.id, { onDelete: 'cascade' }),
    workPlanId: uuid('work_plan_id')
      .notNull()
      .references(() => workPlans.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    aspect: text('aspect', { enum: ['quantity', 'quality', 'time', 'cost'] }).notNull(),
    target: doublePrecision('target'),
    /** upper bound when the target is a range (target … targetMax) */
    targetMax: doublePrecision('target_max'),
    targetText: text('target_text'),
    unit: text('unit'),
    direction: text('direction', { enum: ['higher', 'lower'] })
      .notNull()
      .default('higher'),
    category: text('category', { enum: ['efficiency', 'effectiveness', 'innovation'] }),
    perspective: text('perspective', {
      enum: ['penerima_layanan', 'proses_bisnis', 'penguatan_internal', 'anggaran'],
    }),
    templateId: uuid('template_id').references((): AnyPgColumn => indicatorTemplates.id, {
      onDelete: 'set null',
    }),
    /** how the periods build the year (domain §4); the use cases default it by aspect (quantity → sum) */
    aggregation: text('aggregation', { enum: ['sum', 'average', 'latest'] })
      .notNull()
      .default('sum'),
    /** period targets set by hand: periodId → target (the others follow the split of the annual target) */
    periodTargets: jsonb('period_targets').$type<Record<string, number>>(),
    copiedFromId: uuid('copied_from_id'),
    position: integer('position').notNull().default(0),
    ...timestamps,
  },
  (t) => [
    index('plan_indicators_result_idx').on(t.resultId, t.position),
    index('plan_indicators_plan_idx').on(t.workPlanId),
    index('plan_indicators_template_idx').on(t.templateId),
    index('plan_indicators_copied_idx').on(t.copiedFromId),
  ],
);

/** Perilaku kerja: the seven BerAKHLAK values, with the leader's specific expectation. */
export const planBehaviours = pgTable(
  'plan_behaviours',
  {
    workPlanId: uuid('work_plan_id')
      .notNull()
      .references(() => workPlans.id, { onDelete: 'cascade' }),
    value: text('value', {
      enum: [
        'berorientasi_pelayanan',
        'akuntabel',
        'kompeten',
        'harmonis',
        'loyal',
        'adaptif',
        'kolaboratif',
      ],
    }).notNull(),
    expectation: text('expectation').notNull().default(''),
    ...timestamps,
  },
  (t) => [primaryKey({ columns: [t.workPlanId, t.value] })],
);

/** The approval dialogue: comments of both sides, and the submit/return/approve steps. */
export const planComments = pgTable(
  'plan_comments',
  {
    id: id(),
    /** insertion order (several entries can share a timestamp) */
    seq: bigint('seq', { mode: 'number' }).notNull().generatedAlwaysAsIdentity(),
    workPlanId: uuid('work_plan_id')
      .notNull()
      .references(() => workPlans.id, { onDelete: 'cascade' }),
    authorUserId: uuid('author_user_id').references(() => users.id, { onDelete: 'set null' }),
    authorName: text('author_name').notNull(),
    kind: text('kind', { enum: ['comment', 'submit', 'return', 'approve', 'amend'] }).notNull(),
    body: text('body').notNull().default(''),
    ...timestamps,
  },
  (t) => [
    index('plan_comments_plan_idx').on(t.workPlanId, t.seq),
    index('plan_comments_author_idx').on(t.authorUserId),
  ],
);

/** What the plan said at each submission, so a returned plan can show what changed since. */
export const planSubmissions = pgTable(
  'plan_submissions',
  {
    id: id(),
    workPlanId: uuid('work_plan_id')
      .notNull()
      .references(() => workPlans.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    content: jsonb('content').$type<PlanContent>().notNull(),
    submittedBy: uuid('submitted_by'),
    ...timestamps,
  },
  (t) => [uniqueIndex('plan_submissions_plan_seq_uq').on(t.workPlanId, t.seq)],
);

/** The shared indicator library: sector templates and the participatory proposals. */
