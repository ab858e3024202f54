import { sql } from 'drizzle-orm';
import { index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { id, ts, timestamps } from './columns.js';
import { users } from './auth.js';
import { employees } from './org.js';

/** The indicator library: templates, comments, endorsements. */

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
