import { eq } from 'drizzle-orm';
import type { Actor, RequestContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/client.js';
import { evaluations } from '../../platform/db/schema.js';
import { AppError, notFound } from '../../platform/errors.js';
import { actorCan, requireActor } from '../auth/index.js';
import { supervisorsAbove } from '../work-plans/index.js';
import type { PlanRow } from './development.repository.js';

/**
 * Who may read and change development plans. Readers of an employee's plans: the employee, their supervisors (the
 * assessor and above), an assessor set by HR off the org chart and that assessor's superiors, hr_admin and the agency
 * head (`read:development`). Anyone else gets 404. Writing is for the two parties: the employee and the plan's
 * assessor (other readers get 403).
 */
export async function mayReadDevelopment(db: Executor, actor: Actor, employeeId: string): Promise<boolean> {
  if (actorCan(actor, 'read:development')) return true;
  const me = actor.employeeId;
  if (!me) return false;
  if (me === employeeId) return true;
  if ((await supervisorsAbove(db, employeeId)).includes(me)) return true;
  const assessors = await db
    .selectDistinct({ assessorId: evaluations.assessorId })
    .from(evaluations)
    .where(eq(evaluations.employeeId, employeeId));
  for (const { assessorId } of assessors) {
    if (!assessorId) continue;
    if (assessorId === me || (await supervisorsAbove(db, assessorId)).includes(me)) return true;
  }
  return false;
}

/** 404 unless the caller may read the employee's development plans. */
export async function requireReader(db: Executor, ctx: RequestContext, employeeId: string): Promise<Actor> {
  const actor = requireActor(ctx);
  if (!(await mayReadDevelopment(db, actor, employeeId))) throw notFound();
  return actor;
}

export interface PlanRelation {
  actor: Actor;
  /** the plan's employee */
  employee: boolean;
  /** the plan's assessor */
  assessor: boolean;
}

/** Who the caller is to a plan: 404 when they may not read it (its assessor and their superiors may). */
export async function planRelation(db: Executor, ctx: RequestContext, plan: PlanRow): Promise<PlanRelation> {
  const actor = requireActor(ctx);
  const me = actor.employeeId;
  const assessor = me !== null && plan.assessorId === me;
  const readable =
    assessor ||
    (await mayReadDevelopment(db, actor, plan.employeeId)) ||
    (me !== null && plan.assessorId !== null && (await supervisorsAbove(db, plan.assessorId)).includes(me));
  if (!readable) throw notFound();
  return { actor, employee: me !== null && me === plan.employeeId, assessor };
}

/** The employee or the assessor (403 for other readers). */
export function requireParty(rel: PlanRelation) {
  if (!rel.employee && !rel.assessor) throw new AppError('FORBIDDEN', 'development.partiesOnly');
}

/** The employee alone (403 for other readers). */
export function requireEmployee(rel: PlanRelation) {
  if (!rel.employee) throw new AppError('FORBIDDEN', 'development.employeeOnly');
}

/** Items are added, cancelled, completed and agreed while the plan is open (409 otherwise). */
export function assertOpen(plan: PlanRow, action: string) {
  if (plan.status !== 'open')
    throw new AppError('INVALID_TRANSITION', 'development.notOpen', {
      status: plan.status,
      action,
      reason: 'plan_not_open',
    });
}
