import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  text,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { id, timestamps } from './columns.js';

/** Organisation: units (a tree), employees with their supervisor, acting officials (Plt/Plh). */

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
    // On lower(nip), not nip: PostgreSQL's planner takes a trigram index on nip for `nip = …` and `nip IN (…)` as
    // well (pg_trgm serves equality), at ~10 ms per value instead of the unique b-tree's microseconds; the
    // directory's NIP search asks for lower(nip) LIKE '%…%' to use this one.
    index('employees_nip_trgm_idx').using('gin', sql`lower(${t.nip}) gin_trgm_ops`),
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
