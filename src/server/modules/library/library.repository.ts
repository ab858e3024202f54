import { and, asc, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { TemplateQuery } from '../../../domain/library/schemas.js';
import type { Executor } from '../../platform/db/client.js';
import {
  employees,
  indicatorTemplates,
  templateComments,
  templateEndorsements,
  users,
} from '../../platform/db/schema.js';

export type TemplateRow = typeof indicatorTemplates.$inferSelect;
export type TemplateCommentRow = typeof templateComments.$inferSelect;

const proposer = alias(employees, 'proposer');
const proposerUser = alias(users, 'proposer_user');
const proposerUserEmployee = alias(employees, 'proposer_user_employee');
const decider = alias(users, 'decider');
const deciderEmployee = alias(employees, 'decider_employee');

/** A template with the names of the people around it, its counts, and whether the viewer endorsed it. */
export interface TemplateWithRefs {
  template: TemplateRow;
  proposerName: string | null;
  proposerUserName: string | null;
  deciderName: string | null;
  endorsementCount: number;
  commentCount: number;
  endorsedByMe: boolean;
}

function templatesWithRefs(db: Executor, viewerUserId: string | null) {
  const t = indicatorTemplates;
  return db
    .select({
      template: t,
      proposerName: proposer.name,
      proposerUserName: sql<string | null>`coalesce(${proposerUserEmployee.name}, ${proposerUser.username})`,
      deciderName: sql<string | null>`coalesce(${deciderEmployee.name}, ${decider.username})`,
      endorsementCount:
        sql<number>`(SELECT count(*) FROM template_endorsements te WHERE te.template_id = ${t.id})`.mapWith(
          Number,
        ),
      commentCount:
        sql<number>`(SELECT count(*) FROM template_comments tc WHERE tc.template_id = ${t.id})`.mapWith(
          Number,
        ),
      endorsedByMe: viewerUserId
        ? sql<boolean>`EXISTS (SELECT 1 FROM template_endorsements te WHERE te.template_id = ${t.id} AND te.user_id = ${viewerUserId})`.mapWith(
            Boolean,
          )
        : sql<boolean>`false`.mapWith(Boolean),
    })
    .from(t)
    .leftJoin(proposer, eq(proposer.id, t.proposedBy))
    .leftJoin(proposerUser, eq(proposerUser.id, t.proposedByUser))
    .leftJoin(proposerUserEmployee, eq(proposerUserEmployee.id, proposerUser.employeeId))
    .leftJoin(decider, eq(decider.id, t.decidedBy))
    .leftJoin(deciderEmployee, eq(deciderEmployee.id, decider.employeeId));
}

export async function findTemplate(
  db: Executor,
  id: string,
  viewerUserId: string | null,
): Promise<TemplateWithRefs | undefined> {
  const [row] = await templatesWithRefs(db, viewerUserId).where(eq(indicatorTemplates.id, id)).limit(1);
  return row;
}

/** The bare row, locked for the rest of the transaction (decisions and endorsements serialise on it). */
export const findTemplateRowForUpdate = async (tx: Executor, id: string) =>
  (await tx.select().from(indicatorTemplates).where(eq(indicatorTemplates.id, id)).limit(1).for('update'))[0];

const escapeLike = (s: string) => s.replace(/[%_\\]/g, '\\$&');

function templateWhere(f: Omit<TemplateQuery, 'limit' | 'offset'>): SQL | undefined {
  const parts: SQL[] = [eq(indicatorTemplates.status, f.status)];
  if (f.sector) parts.push(eq(indicatorTemplates.sector, f.sector));
  if (f.category) parts.push(eq(indicatorTemplates.category, f.category));
  if (f.aspect) parts.push(eq(indicatorTemplates.aspect, f.aspect));
  // Every word must occur in the text (lower LIKE; the trigram index on lower(text) serves it).
  const words = (f.q ?? '').toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8);
  for (const w of words) parts.push(sql`lower(${indicatorTemplates.text}) LIKE ${`%${escapeLike(w)}%`}`);
  return and(...parts);
}

export async function listTemplates(db: Executor, q: TemplateQuery, viewerUserId: string | null) {
  const where = templateWhere(q);
  // Open proposals newest first; the library itself by sector and text.
  const order =
    q.status === 'proposed'
      ? [desc(indicatorTemplates.createdAt), asc(indicatorTemplates.id)]
      : [asc(indicatorTemplates.sector), asc(indicatorTemplates.text), asc(indicatorTemplates.id)];
  const [items, [total]] = await Promise.all([
    templatesWithRefs(db, viewerUserId)
      .where(where)
      .orderBy(...order)
      .limit(q.limit)
      .offset(q.offset),
    db.select({ n: count() }).from(indicatorTemplates).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export const listEndorsements = (db: Executor, templateId: string) =>
  db
    .select({
      at: templateEndorsements.createdAt,
      userId: templateEndorsements.userId,
      employeeId: templateEndorsements.employeeId,
      name: sql<string>`coalesce(${employees.name}, ${users.username})`,
    })
    .from(templateEndorsements)
    .innerJoin(users, eq(users.id, templateEndorsements.userId))
    .leftJoin(employees, eq(employees.id, templateEndorsements.employeeId))
    .where(eq(templateEndorsements.templateId, templateId))
    .orderBy(asc(templateEndorsements.createdAt), asc(templateEndorsements.userId))
    .limit(1000);

export const listComments = (db: Executor, templateId: string) =>
  db
    .select()
    .from(templateComments)
    .where(eq(templateComments.templateId, templateId))
    .orderBy(asc(templateComments.createdAt), asc(templateComments.id))
    .limit(1000);

/** How a person is named on comments and endorsements: their employee name, else the account name. */
export async function displayName(db: Executor, actor: { username: string; employeeId: string | null }) {
  if (!actor.employeeId) return actor.username;
  const [row] = await db
    .select({ name: employees.name })
    .from(employees)
    .where(eq(employees.id, actor.employeeId))
    .limit(1);
  return row?.name ?? actor.username;
}

export const findTemplateRow = async (db: Executor, id: string) =>
  (await db.select().from(indicatorTemplates).where(eq(indicatorTemplates.id, id)).limit(1))[0];
