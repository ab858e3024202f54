import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { developmentPlans, evaluations } from './assessment.js';
import { users } from './auth.js';
import { id, timestamps, ts } from './columns.js';
import { employees } from './org.js';

/**
 * Follow-up (domain §7, issue 14): the training catalogue, the items of development plans, improvement periods and
 * their escalations, recognition nominations. The allowance (TPP) table lives in `settings` (key `tpp_rates`).
 */

export const trainingModes = ['classroom', 'elearning', 'coaching', 'mentoring', 'on_the_job'] as const;

/** Katalog Pengembangan: programmes that build competences (BerAKHLAK values, indicator categories, free tags). */
export const trainings = pgTable(
  'trainings',
  {
    id: id(),
    /** the catalogue's own code (unique, case-insensitive): the key of the XLSX import */
    code: text('code').notNull(),
    title: text('title').notNull(),
    provider: text('provider').notNull(),
    mode: text('mode', { enum: trainingModes }).notNull(),
    /** jam pelajaran (JP) */
    hours: numeric('hours', { precision: 6, scale: 1, mode: 'number' }).notNull(),
    /** rupiah per participant, null when free or unknown */
    cost: bigint('cost', { mode: 'number' }),
    /** when it runs: free text such as "Maret dan Agustus 2027", or null when on demand */
    schedule: text('schedule'),
    startDate: date('start_date', { mode: 'string' }),
    endDate: date('end_date', { mode: 'string' }),
    /** seats per run, null when unlimited */
    capacity: integer('capacity'),
    /** BerAKHLAK value codes, indicator categories (efficiency, effectiveness, innovation) and free tags */
    competences: jsonb('competences')
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    description: text('description'),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('trainings_code_uq').on(sql`lower(${t.code})`),
    index('trainings_title_idx').on(t.title),
    index('trainings_competences_idx').using('gin', t.competences),
    check('trainings_hours_ck', sql`${t.hours} > 0`),
  ],
);

/** An item of a development plan: a catalogue programme or a free one (coaching, mentoring …). */
export const developmentPlanItems = pgTable(
  'development_plan_items',
  {
    id: id(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => developmentPlans.id, { onDelete: 'restrict' }),
    trainingId: uuid('training_id').references(() => trainings.id, { onDelete: 'restrict' }),
    title: text('title').notNull(),
    mode: text('mode', { enum: trainingModes }),
    /** JP the item adds to the learning-hours ledger once completed (the programme's hours when from the catalogue) */
    hours: numeric('hours', { precision: 6, scale: 1, mode: 'number' }).notNull().default(0),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    successCriteria: text('success_criteria').notNull(),
    status: text('status', { enum: ['planned', 'completed', 'cancelled'] })
      .notNull()
      .default('planned'),
    completedAt: ts('completed_at'),
    completionNote: text('completion_note'),
    /** the certificate: content-sniffed like evidence */
    certificateFilename: text('certificate_filename'),
    certificateContentType: text('certificate_content_type'),
    certificateSizeBytes: bigint('certificate_size_bytes', { mode: 'number' }),
    certificateSha256: text('certificate_sha256'),
    certificateStorageKey: text('certificate_storage_key'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('development_plan_items_plan_idx').on(t.planId, t.createdAt),
    index('development_plan_items_training_idx').on(t.trainingId),
    index('development_plan_items_due_idx').on(t.status, t.dueDate),
    index('development_plan_items_created_by_idx').on(t.createdBy),
    uniqueIndex('development_plan_items_storage_key_uq').on(t.certificateStorageKey),
  ],
);

/**
 * Masa perbaikan (PP 30/2019 art. 56–58): opened by a final annual Kurang or Sangat Kurang, six months from the day
 * after finalisation by default. A further poor final result while open escalates it.
 */
export const improvementPeriods = pgTable(
  'improvement_periods',
  {
    id: id(),
    employeeId: uuid('employee_id')
      .notNull()
      .references(() => employees.id, { onDelete: 'restrict' }),
    /** the annual evaluation that opened it */
    evaluationId: uuid('evaluation_id')
      .notNull()
      .references(() => evaluations.id, { onDelete: 'restrict' }),
    /** the improvement period's own development plan */
    developmentPlanId: uuid('development_plan_id').references(() => developmentPlans.id, {
      onDelete: 'set null',
    }),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
    status: text('status', { enum: ['open', 'passed', 'escalated', 'closed'] })
      .notNull()
      .default('open'),
    closedAt: ts('closed_at'),
    note: text('note'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('improvement_periods_evaluation_uq').on(t.evaluationId),
    index('improvement_periods_employee_idx').on(t.employeeId, t.startDate),
    index('improvement_periods_status_idx').on(t.status, t.endDate),
    index('improvement_periods_plan_idx').on(t.developmentPlanId),
  ],
);

/** A further poor final result within an open improvement period, flagged to the agency head for a decision. */
export const escalations = pgTable(
  'escalations',
  {
    id: id(),
    improvementPeriodId: uuid('improvement_period_id')
      .notNull()
      .references(() => improvementPeriods.id, { onDelete: 'restrict' }),
    employeeId: uuid('employee_id')
      .notNull()
      .references(() => employees.id, { onDelete: 'restrict' }),
    /** the further poor final evaluation */
    evaluationId: uuid('evaluation_id')
      .notNull()
      .references(() => evaluations.id, { onDelete: 'restrict' }),
    /** what the agency head is shown: the evaluations and plans that led here, frozen when flagged */
    history: jsonb('history')
      .$type<Record<string, unknown>>()
      .notNull()
      .default(sql`'{}'::jsonb`),
    status: text('status', { enum: ['open', 'decided'] })
      .notNull()
      .default('open'),
    decision: text('decision'),
    note: text('note'),
    decidedAt: ts('decided_at'),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedByName: text('decided_by_name'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('escalations_evaluation_uq').on(t.evaluationId),
    index('escalations_period_idx').on(t.improvementPeriodId),
    index('escalations_employee_idx').on(t.employeeId),
    index('escalations_status_idx').on(t.status, t.createdAt),
    index('escalations_decided_by_idx').on(t.decidedBy),
  ],
);

/** Penghargaan / talent pool: the assessor nominates a final Sangat Baik; HR or the agency head decides. */
export const nominations = pgTable(
  'nominations',
  {
    id: id(),
    evaluationId: uuid('evaluation_id')
      .notNull()
      .references(() => evaluations.id, { onDelete: 'restrict' }),
    employeeId: uuid('employee_id')
      .notNull()
      .references(() => employees.id, { onDelete: 'restrict' }),
    kind: text('kind', { enum: ['award', 'talent_pool'] })
      .notNull()
      .default('award'),
    reason: text('reason').notNull(),
    nominatedBy: uuid('nominated_by').references(() => users.id, { onDelete: 'set null' }),
    nominatedByName: text('nominated_by_name').notNull(),
    status: text('status', { enum: ['nominated', 'accepted', 'declined'] })
      .notNull()
      .default('nominated'),
    decisionNote: text('decision_note'),
    decidedAt: ts('decided_at'),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedByName: text('decided_by_name'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('nominations_evaluation_kind_uq').on(t.evaluationId, t.kind),
    index('nominations_employee_idx').on(t.employeeId),
    index('nominations_status_idx').on(t.status, t.createdAt),
    index('nominations_nominated_by_idx').on(t.nominatedBy),
    index('nominations_decided_by_idx').on(t.decidedBy),
  ],
);
