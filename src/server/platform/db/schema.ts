import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';

/** One schema for both drivers (PGlite and node-postgres). Migrations are generated from it by drizzle-kit. */

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const timestamps = {
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
};
const id = () => uuid('id').primaryKey().defaultRandom();

export const units = pgTable(
  'units',
  {
    id: id(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    parentId: uuid('parent_id').references((): AnyPgColumn => units.id, { onDelete: 'restrict' }),
    headId: uuid('head_id').references((): AnyPgColumn => employees.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('units_code_uq').on(sql`lower(${t.code})`),
    index('units_parent_idx').on(t.parentId),
    index('units_head_idx').on(t.headId),
    index('units_name_idx').on(t.name),
  ],
);

export const employees = pgTable(
  'employees',
  {
    id: id(),
    nip: text('nip').notNull(),
    name: text('name').notNull(),
    asnType: text('asn_type', { enum: ['PNS', 'PPPK'] }).notNull(),
    rank: text('rank').notNull(),
    positionTitle: text('position_title').notNull(),
    positionType: text('position_type', {
      enum: ['jpt', 'administrator', 'pengawas', 'pelaksana', 'fungsional'],
    }).notNull(),
    functionalLevel: text('functional_level', {
      enum: [
        'ahli_pertama',
        'ahli_muda',
        'ahli_madya',
        'ahli_utama',
        'pemula',
        'terampil',
        'mahir',
        'penyelia',
      ],
    }),
    unitId: uuid('unit_id')
      .notNull()
      .references((): AnyPgColumn => units.id, { onDelete: 'restrict' }),
    supervisorId: uuid('supervisor_id').references((): AnyPgColumn => employees.id, { onDelete: 'set null' }),
    email: text('email'),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('employees_nip_uq').on(t.nip),
    index('employees_unit_idx').on(t.unitId),
    index('employees_supervisor_idx').on(t.supervisorId),
    index('employees_name_idx').on(t.name, t.id),
    index('employees_name_trgm_idx').using('gin', sql`lower(${t.name}) gin_trgm_ops`),
    index('employees_nip_trgm_idx').using('gin', sql`${t.nip} gin_trgm_ops`),
  ],
);

export const actingOfficials = pgTable(
  'acting_officials',
  {
    id: id(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'cascade' }),
    employeeId: uuid('employee_id')
      .notNull()
      .references(() => employees.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['plt', 'plh'] }).notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
    note: text('note'),
    ...timestamps,
  },
  (t) => [index('acting_unit_idx').on(t.unitId, t.startDate), index('acting_employee_idx').on(t.employeeId)],
);

export const users = pgTable(
  'users',
  {
    id: id(),
    username: text('username').notNull(),
    passwordHash: text('password_hash').notNull(),
    roles: text('roles')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    employeeId: uuid('employee_id').references(() => employees.id, { onDelete: 'set null' }),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    passwordChangedAt: ts('password_changed_at').notNull().defaultNow(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('users_username_uq').on(sql`lower(${t.username})`),
    index('users_employee_idx').on(t.employeeId),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie value; the raw token is never stored. */
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    lastSeenAt: ts('last_seen_at').notNull(),
    expiresAt: ts('expires_at').notNull(),
    userAgent: text('user_agent'),
    ip: text('ip'),
    ...timestamps,
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);

export const apiTokens = pgTable(
  'api_tokens',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** SHA-256 of the token; the token itself is shown once. */
    tokenHash: text('token_hash').notNull(),
    lastUsedAt: ts('last_used_at'),
    revokedAt: ts('revoked_at'),
    ...timestamps,
  },
  (t) => [uniqueIndex('api_tokens_hash_uq').on(t.tokenHash), index('api_tokens_user_idx').on(t.userId)],
);

export const loginFailures = pgTable(
  'login_failures',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    username: text('username').notNull(),
    ip: text('ip').notNull(),
    at: ts('at').notNull(),
  },
  (t) => [
    index('login_failures_user_idx').on(t.username, t.at),
    index('login_failures_ip_idx').on(t.ip, t.at),
  ],
);

/** Append-only, hash-chained. A trigger (migration 0001) refuses UPDATE, DELETE and TRUNCATE. */
export const auditLog = pgTable(
  'audit_log',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    id: uuid('id').notNull().defaultRandom(),
    at: ts('at').notNull(),
    actorUserId: uuid('actor_user_id'),
    actorLabel: text('actor_label').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    uniqueIndex('audit_log_id_uq').on(t.id),
    index('audit_log_entity_idx').on(t.entityType, t.entityId, t.seq),
    index('audit_log_actor_idx').on(t.actorUserId, t.seq),
    index('audit_log_at_idx').on(t.at),
  ],
);

// ───────────────────────────── planning (cycles, work plans, indicator library) ─────────────────────────────

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
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [uniqueIndex('cycles_year_uq').on(t.year)],
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
 * `revision` + 1) that goes through submit/approve again; `isCurrent` marks the version in force, one per
 * employee and cycle.
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
    snapshot: jsonb('snapshot').notNull(),
    annex: jsonb('annex')
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
      .on(t.cycleId, t.employeeId)
      .where(sql`${t.isCurrent}`),
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
    content: jsonb('content').notNull(),
    submittedBy: uuid('submitted_by'),
    ...timestamps,
  },
  (t) => [uniqueIndex('plan_submissions_plan_seq_uq').on(t.workPlanId, t.seq)],
);

/** The shared indicator library: sector templates and the participatory proposals. */
export const indicatorTemplates = pgTable(
  'indicator_templates',
  {
    id: id(),
    sector: text('sector', {
      enum: ['health', 'education', 'population', 'administration', 'finance', 'general'],
    }).notNull(),
    text: text('text').notNull(),
    /** a sample RHK this indicator fits */
    resultExample: text('result_example'),
    aspect: text('aspect', { enum: ['quantity', 'quality', 'time', 'cost'] }).notNull(),
    unit: text('unit'),
    direction: text('direction', { enum: ['higher', 'lower'] })
      .notNull()
      .default('higher'),
    category: text('category', { enum: ['efficiency', 'effectiveness', 'innovation'] }).notNull(),
    exampleTarget: text('example_target'),
    status: text('status', { enum: ['proposed', 'adopted', 'declined'] }).notNull(),
    rationale: text('rationale'),
    proposedBy: uuid('proposed_by').references(() => employees.id, { onDelete: 'set null' }),
    proposedByUser: uuid('proposed_by_user').references(() => users.id, { onDelete: 'set null' }),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decisionReason: text('decision_reason'),
    decidedAt: ts('decided_at'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('indicator_templates_status_sector_idx').on(t.status, t.sector),
    index('indicator_templates_text_trgm_idx').using('gin', sql`lower(${t.text}) gin_trgm_ops`),
    index('indicator_templates_proposed_by_idx').on(t.proposedBy),
    index('indicator_templates_proposed_by_user_idx').on(t.proposedByUser),
    index('indicator_templates_decided_by_idx').on(t.decidedBy),
  ],
);

export const templateComments = pgTable(
  'template_comments',
  {
    id: id(),
    templateId: uuid('template_id')
      .notNull()
      .references(() => indicatorTemplates.id, { onDelete: 'cascade' }),
    authorUserId: uuid('author_user_id').references(() => users.id, { onDelete: 'set null' }),
    authorName: text('author_name').notNull(),
    body: text('body').notNull(),
    ...timestamps,
  },
  (t) => [
    index('template_comments_template_idx').on(t.templateId, t.createdAt),
    index('template_comments_author_idx').on(t.authorUserId),
  ],
);

export const templateEndorsements = pgTable(
  'template_endorsements',
  {
    templateId: uuid('template_id')
      .notNull()
      .references(() => indicatorTemplates.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    employeeId: uuid('employee_id').references(() => employees.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.templateId, t.userId] }),
    index('template_endorsements_user_idx').on(t.userId),
    index('template_endorsements_employee_idx').on(t.employeeId),
  ],
);

// ───────────────────────────── monitoring (progress, evidence, feedback, dialogues) ─────────────────────────────

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

// ───────────────────────────── notifications, e-mail outbox, reminders ─────────────────────────────

/** In-app notifications (the bell). */
export const notifications = pgTable(
  'notifications',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    /** a path in the web app */
    link: text('link'),
    entityType: text('entity_type'),
    entityId: text('entity_id'),
    readAt: ts('read_at'),
    /** at most one notification per user and key (NULL: no limit) */
    dedupeKey: text('dedupe_key'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('notifications_user_dedupe_uq').on(t.userId, t.dedupeKey),
    index('notifications_user_idx').on(t.userId, t.createdAt),
    index('notifications_unread_idx')
      .on(t.userId, t.createdAt)
      .where(sql`${t.readAt} IS NULL`),
    index('notifications_entity_idx').on(t.entityType, t.entityId),
  ],
);

/** Per user and notification kind: whether to send an e-mail too (in-app notifications are always made). */
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    email: boolean('email').notNull(),
    ...timestamps,
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);

/** E-mails to send, processed by a background worker with retries. */
export const emailOutbox = pgTable(
  'email_outbox',
  {
    id: id(),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    /** a path in the web app, made absolute with KINERJA_PUBLIC_URL when the e-mail is sent */
    link: text('link'),
    kind: text('kind').notNull(),
    status: text('status', { enum: ['pending', 'sent', 'failed'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: ts('next_attempt_at').notNull().defaultNow(),
    lastError: text('last_error'),
    sentAt: ts('sent_at'),
    /** at most one e-mail per key (e.g. one reminder per person, deadline and offset) */
    dedupeKey: text('dedupe_key'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('email_outbox_dedupe_uq').on(t.dedupeKey),
    index('email_outbox_due_idx').on(t.status, t.nextAttemptAt),
  ],
);

/** Reminders already sent: one row per key, so several scheduler processes never send one twice. */
export const reminderLog = pgTable(
  'reminder_log',
  {
    id: id(),
    key: text('key').notNull(),
    sentAt: ts('sent_at').notNull(),
    ...timestamps,
  },
  (t) => [uniqueIndex('reminder_log_key_uq').on(t.key), index('reminder_log_sent_idx').on(t.sentAt)],
);

// ───────────────────────────── assessment (evaluations, org predicates, objections, development) ─────────────────────────────

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
    status: text('status', { enum: ['draft', 'final'] })
      .notNull()
      .default('draft'),
    /** [{resultId, rating, comment}] */
    resultRatings: jsonb('result_ratings')
      .notNull()
      .default(sql`'[]'::jsonb`),
    resultRating: text('result_rating', { enum: ratingEnum }),
    /** why the overall result rating departs from the suggestion */
    resultRatingReason: text('result_rating_reason'),
    /** [{value, rating, comment}] */
    behaviourRatings: jsonb('behaviour_ratings')
      .notNull()
      .default(sql`'[]'::jsonb`),
    behaviourRating: text('behaviour_rating', { enum: ratingEnum }),
    strengths: text('strengths'),
    improvements: text('improvements'),
    predicate: text('predicate', { enum: predicateEnum }),
    /** the written justification accepting a distribution violation, and the violations it accepted */
    justification: text('justification'),
    violations: jsonb('violations'),
    /** the unit's organisation predicate when finalised (its pattern was checked) */
    orgPredicate: text('org_predicate', { enum: orgPredicateEnum }),
    /** people (employee, assessor, assessor's superior) when created / finalised */
    snapshot: jsonb('snapshot').notNull(),
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
    value: jsonb('value').notNull(),
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
    before: jsonb('before').notNull(),
    after: jsonb('after'),
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
      .notNull()
      .default(sql`'[]'::jsonb`),
    note: text('note'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('development_plans_evaluation_uq')
      .on(t.evaluationId)
      .where(sql`${t.evaluationId} IS NOT NULL`),
    index('development_plans_employee_idx').on(t.employeeId, t.createdAt),
    index('development_plans_period_idx').on(t.periodId),
    index('development_plans_evaluation_idx').on(t.evaluationId),
  ],
);
