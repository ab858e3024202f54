import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
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
