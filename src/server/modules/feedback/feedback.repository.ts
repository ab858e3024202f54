import { type SQL, and, asc, count, desc, eq, inArray, isNull, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../platform/db/client.js';
import {
  dialogueActions,
  dialogues,
  employees,
  feedback,
  planResults,
  users,
  workPlans,
} from '../../platform/db/schema.js';

export type FeedbackRow = typeof feedback.$inferSelect;
export type DialogueRow = typeof dialogues.$inferSelect;
export type ActionRow = typeof dialogueActions.$inferSelect;

export const findFeedback = async (db: Executor, id: string): Promise<FeedbackRow | undefined> =>
  (await db.select().from(feedback).where(eq(feedback.id, id)).limit(1))[0];

/** Feedback on these plan versions, oldest first (a plan has tens to hundreds of items a year). */
export const listFeedback = (db: Executor, planIds: string[], periodId?: string) =>
  db
    .select()
    .from(feedback)
    .where(and(inArray(feedback.workPlanId, planIds), periodId ? eq(feedback.periodId, periodId) : undefined))
    .orderBy(asc(feedback.seq))
    .limit(5000);

export const findResultOfPlan = async (db: Executor, planId: string, resultId: string) =>
  (
    await db
      .select({ id: planResults.id })
      .from(planResults)
      .where(and(eq(planResults.id, resultId), eq(planResults.workPlanId, planId)))
      .limit(1)
  )[0];

const ownerEmployee = alias(employees, 'owner_employee');
const creator = alias(users, 'creator');
const creatorEmployee = alias(employees, 'creator_employee');

/** Dialogues of these plan versions, latest meeting first, with who recorded them. */
export const listDialogues = (db: Executor, planIds: string[]) =>
  db
    .select({
      dialogue: dialogues,
      createdByName: creatorEmployee.name,
      createdByUsername: creator.username,
    })
    .from(dialogues)
    .innerJoin(creator, eq(creator.id, dialogues.createdBy))
    .leftJoin(creatorEmployee, eq(creatorEmployee.id, creator.employeeId))
    .where(inArray(dialogues.workPlanId, planIds))
    .orderBy(desc(dialogues.heldOn), desc(dialogues.seq))
    .limit(1000);

export const findDialogue = async (db: Executor, id: string): Promise<DialogueRow | undefined> =>
  (await db.select().from(dialogues).where(eq(dialogues.id, id)).limit(1))[0];

/** Actions of these dialogues with their owners' names, in the order they were agreed. */
export const actionsOf = async (db: Executor, dialogueIds: string[]) => {
  if (dialogueIds.length === 0) return [];
  return db
    .select({ action: dialogueActions, ownerName: ownerEmployee.name })
    .from(dialogueActions)
    .innerJoin(ownerEmployee, eq(ownerEmployee.id, dialogueActions.ownerEmployeeId))
    .where(inArray(dialogueActions.dialogueId, dialogueIds))
    .orderBy(asc(dialogueActions.seq));
};

export const findAction = async (db: Executor, dialogueId: string, actionId: string) =>
  (
    await db
      .select()
      .from(dialogueActions)
      .where(and(eq(dialogueActions.id, actionId), eq(dialogueActions.dialogueId, dialogueId)))
      .limit(1)
  )[0];

const planEmployee = alias(employees, 'plan_employee');

/** One person's actions across plans (open ones only when `openOnly`), soonest due first. */
export async function actionsOwnedBy(
  db: Executor,
  employeeId: string,
  openOnly: boolean,
  limit: number,
  offset: number,
  scope: 'me' | 'party' = 'me',
) {
  const where: SQL | undefined = and(
    scope === 'me'
      ? eq(dialogueActions.ownerEmployeeId, employeeId)
      : or(eq(workPlans.employeeId, employeeId), eq(workPlans.assessorId, employeeId)),
    openOnly ? isNull(dialogueActions.doneAt) : undefined,
  );
  const [items, [total]] = await Promise.all([
    db
      .select({
        action: dialogueActions,
        ownerName: ownerEmployee.name,
        workPlanId: dialogues.workPlanId,
        heldOn: dialogues.heldOn,
        employeeId: workPlans.employeeId,
        employeeName: planEmployee.name,
      })
      .from(dialogueActions)
      .innerJoin(dialogues, eq(dialogues.id, dialogueActions.dialogueId))
      .innerJoin(workPlans, eq(workPlans.id, dialogues.workPlanId))
      .innerJoin(planEmployee, eq(planEmployee.id, workPlans.employeeId))
      .innerJoin(ownerEmployee, eq(ownerEmployee.id, dialogueActions.ownerEmployeeId))
      .where(where)
      .orderBy(asc(dialogueActions.dueDate), asc(dialogueActions.seq))
      .limit(limit)
      .offset(offset),
    db
      .select({ n: count() })
      .from(dialogueActions)
      .innerJoin(dialogues, eq(dialogues.id, dialogueActions.dialogueId))
      .innerJoin(workPlans, eq(workPlans.id, dialogues.workPlanId))
      .where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}
