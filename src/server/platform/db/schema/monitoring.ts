import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  text,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { id, ts, timestamps } from './columns.js';
import { users } from './auth.js';
import { employees } from './org.js';
import { periods, workPlans, planResults, planIndicators } from './planning.js';

/** Monitoring: progress, evidence, feedback, dialogues. */

/**
 * Realisasi: what was achieved for one indicator in one period. Entries are never edited: a correction is a new
 * entry, the latest (highest `seq`) counts, all are kept. `achievement` is computed when written, with the cap in
 * force then.
 */
export const progressEntries = pgTable(
  'progress_entries',
  {
    id: id(),
    /** insertion order: the latest entry of a cell counts (several can share a timestamp) */
    seq: bigint('seq', { mode: 'number' }).notNull().generatedAlwaysAsIdentity(),
    workPlanId: uuid('work_plan_id')
      .notNull()
      .references(() => workPlans.id, { onDelete: 'restrict' }),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => planIndicators.id, { onDelete: 'restrict' }),
    periodId: uuid('period_id')
      .notNull()
      .references(() => periods.id, { onDelete: 'restrict' }),
    value: doublePrecision('value'),
    text: text('text'),
    note: text('note'),
    /** percentage (domain §4), null for narrative indicators and zero or missing targets */
    achievement: doublePrecision('achievement'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    ...timestamps,
  },
  (t) => [
    index('progress_entries_plan_period_idx').on(t.workPlanId, t.periodId, t.indicatorId, t.seq),
    index('progress_entries_indicator_idx').on(t.indicatorId, t.periodId, t.seq),
    index('progress_entries_period_idx').on(t.periodId),
    index('progress_entries_created_by_idx').on(t.createdBy),
  ],
);

/** Bukti dukung: a stored file (content-sniffed, with its SHA-256) or a link, attached to a progress entry. */
export const evidence = pgTable(
  'evidence',
  {
    id: id(),
    seq: bigint('seq', { mode: 'number' }).notNull().generatedAlwaysAsIdentity(),
    progressId: uuid('progress_id')
      .notNull()
      .references(() => progressEntries.id, { onDelete: 'restrict' }),
    workPlanId: uuid('work_plan_id')
      .notNull()
      .references(() => workPlans.id, { onDelete: 'restrict' }),
    kind: text('kind', { enum: ['file', 'link'] }).notNull(),
    url: text('url'),
    /** the uploader's file name, for display and the download's name only (never a path) */
    filename: text('filename'),
    /** judged from the content, not from the name or the client's header */
    contentType: text('content_type'),
    sizeBytes: bigint('size_bytes', { mode: 'number' }),
    sha256: text('sha256'),
    /** random key in the file store */
    storageKey: text('storage_key'),
    uploadedBy: uuid('uploaded_by')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('evidence_storage_key_uq').on(t.storageKey),
    index('evidence_progress_idx').on(t.progressId, t.seq),
    index('evidence_plan_idx').on(t.workPlanId),
    index('evidence_uploaded_by_idx').on(t.uploadedBy),
    check(
      'evidence_kind_ck',
      sql`(${t.kind} = 'file' AND ${t.storageKey} IS NOT NULL AND ${t.sha256} IS NOT NULL) OR (${t.kind} = 'link' AND ${t.url} IS NOT NULL)`,
    ),
  ],
);

/**
 * Umpan balik berkelanjutan: threads per result or per BerAKHLAK value (or general) per period. A root item is
 * written by the assessor and tagged strength/improvement; replies (by the employee or the assessor) point at
 * their root and carry no tag.
 */
export const feedback = pgTable(
  'feedback',
  {
    id: id(),
    seq: bigint('seq', { mode: 'number' }).notNull().generatedAlwaysAsIdentity(),
    workPlanId: uuid('work_plan_id')
      .notNull()
      .references(() => workPlans.id, { onDelete: 'restrict' }),
    periodId: uuid('period_id')
      .notNull()
      .references(() => periods.id, { onDelete: 'restrict' }),
    resultId: uuid('result_id').references(() => planResults.id, { onDelete: 'restrict' }),
    behaviour: text('behaviour', {
      enum: [
        'berorientasi_pelayanan',
        'akuntabel',
        'kompeten',
        'harmonis',
        'loyal',
        'adaptif',
        'kolaboratif',
      ],
    }),
    kind: text('kind', { enum: ['strength', 'improvement'] }),
    text: text('text').notNull(),
    replyTo: uuid('reply_to').references((): AnyPgColumn => feedback.id, { onDelete: 'restrict' }),
    authorUserId: uuid('author_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    authorEmployeeId: uuid('author_employee_id').references(() => employees.id, { onDelete: 'set null' }),
    authorName: text('author_name').notNull(),
    ...timestamps,
  },
  (t) => [
    index('feedback_plan_period_idx').on(t.workPlanId, t.periodId, t.seq),
    index('feedback_period_idx').on(t.periodId),
    index('feedback_result_idx').on(t.resultId),
    index('feedback_reply_to_idx').on(t.replyTo, t.seq),
    index('feedback_author_user_idx').on(t.authorUserId),
    index('feedback_author_employee_idx').on(t.authorEmployeeId),
    check(
      'feedback_root_kind_ck',
      sql`(${t.replyTo} IS NULL AND ${t.kind} IS NOT NULL) OR (${t.replyTo} IS NOT NULL AND ${t.kind} IS NULL)`,
    ),
    check('feedback_subject_ck', sql`${t.resultId} IS NULL OR ${t.behaviour} IS NULL`),
  ],
);

/** Dialog kinerja: a check-in between the assessor and the employee, with agreed actions. */
export const dialogues = pgTable(
  'dialogues',
  {
    id: id(),
    seq: bigint('seq', { mode: 'number' }).notNull().generatedAlwaysAsIdentity(),
    workPlanId: uuid('work_plan_id')
      .notNull()
      .references(() => workPlans.id, { onDelete: 'restrict' }),
    periodId: uuid('period_id').references(() => periods.id, { onDelete: 'restrict' }),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    topics: text('topics').notNull(),
    notes: text('notes'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    ...timestamps,
  },
  (t) => [
    index('dialogues_plan_idx').on(t.workPlanId, t.heldOn, t.seq),
    index('dialogues_period_idx').on(t.periodId),
    index('dialogues_created_by_idx').on(t.createdBy),
  ],
);

export const dialogueActions = pgTable(
  'dialogue_actions',
  {
    id: id(),
    seq: bigint('seq', { mode: 'number' }).notNull().generatedAlwaysAsIdentity(),
    dialogueId: uuid('dialogue_id')
      .notNull()
      .references(() => dialogues.id, { onDelete: 'cascade' }),
    description: text('description').notNull(),
    ownerEmployeeId: uuid('owner_employee_id')
      .notNull()
      .references(() => employees.id, { onDelete: 'restrict' }),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    doneAt: ts('done_at'),
    doneBy: uuid('done_by').references(() => users.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('dialogue_actions_dialogue_idx').on(t.dialogueId, t.seq),
    index('dialogue_actions_owner_open_idx')
      .on(t.ownerEmployeeId, t.dueDate)
      .where(sql`${t.doneAt} IS NULL`),
    index('dialogue_actions_owner_idx').on(t.ownerEmployeeId, t.dueDate),
    index('dialogue_actions_done_by_idx').on(t.doneBy),
    index('dialogue_actions_due_idx')
      .on(t.dueDate)
      .where(sql`${t.doneAt} IS NULL`),
  ],
);
