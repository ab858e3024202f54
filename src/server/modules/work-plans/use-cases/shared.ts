import { dateIn } from '../../../../domain/dates.js';
import { rankLabel } from '../../../../domain/people/ranks.js';
import type { PlanAction } from '../../../../domain/work-plans/status.js';
import { canTransition } from '../../../../domain/work-plans/status.js';
import type { PersonSnapshot } from '../../../../domain/work-plans/view.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import type { Executor, Tx } from '../../../platform/db/client.js';
import { AppError, notFound } from '../../../platform/errors.js';
import { relationTo, type PlanRelation } from '../work-plans.policy.js';
import type { PlanSnapshot } from '../../../../domain/work-plans/view.js';
import * as repo from '../work-plans.repository.js';
import { lockedStep, updateVersioned } from '../../../platform/db/steps.js';
import { appendAudit } from '../../../platform/audit.js';
import { workPlans } from '../../../platform/db/schema.js';

export function invalidTransition(
  plan: repo.PlanRow,
  action: PlanAction,
  extra: Record<string, unknown> = {},
) {
  return new AppError(
    'INVALID_TRANSITION',
    'plan.invalidTransition',
    { status: plan.status, action, ...extra },
    { status: plan.status },
  );
}

export function assertTransition(plan: repo.PlanRow, action: PlanAction) {
  assertNotEnded(plan, action);
  if (!canTransition(plan.status, action)) throw invalidTransition(plan, action);
}

/** A plan a transfer ended is kept as it was: no content edits, submit or amendment (409 `plan_ended`). */
export function assertNotEnded(plan: repo.PlanRow, action: string) {
  if (plan.endDate !== null)
    throw new AppError(
      'INVALID_TRANSITION',
      'plan.ended',
      { status: plan.status, action, reason: 'plan_ended', endDate: plan.endDate },
      { status: plan.status, endDate: plan.endDate },
    );
}

/** A locked step on a plan (`lockedStep`): 404 when the plan is not the caller's to see. */
export function withPlan<T>(
  deps: Deps,
  ctx: RequestContext,
  planId: string,
  step: (tx: Tx, plan: repo.PlanRow, rel: PlanRelation, now: Date) => Promise<T>,
): Promise<T> {
  return lockedStep(
    deps,
    (tx) => repo.lockPlan(tx, planId),
    (tx, plan, now) => relationTo(tx, ctx, plan, dateIn(now)),
    step,
  );
}

/**
 * A plain read of a plan, without a transaction or row lock (readers never wait on each other or on writers): 404
 * when the plan is not the caller's to see.
 */
export async function readPlan<T>(
  deps: Deps,
  ctx: RequestContext,
  planId: string,
  read: (db: Executor, plan: repo.PlanRow, rel: PlanRelation, now: Date) => Promise<T>,
): Promise<T> {
  const { db } = deps.database;
  const now = deps.clock.now();
  const plan = await repo.findPlan(db, planId);
  if (!plan) throw notFound();
  const rel = await relationTo(db, ctx, plan, dateIn(now));
  return read(db, plan, rel, now);
}

/**
 * A change to a plan's content (results, indicators, behaviours): bumps the plan's version, so whoever holds the
 * plan sees that it changed, and appends the audit entry on the plan. Returns the updated plan.
 */
export async function recordContentChange(
  tx: Executor,
  ctx: RequestContext,
  plan: repo.PlanRow,
  now: Date,
  entry: { action: string; before?: unknown; after?: unknown },
): Promise<repo.PlanRow> {
  const fresh = await updateVersioned(tx, ctx, workPlans, plan, {}, { now });
  await appendAudit(tx, ctx, { ...entry, entityType: 'work_plan', entityId: plan.id }, now);
  return fresh;
}

export async function personSnapshot(db: Executor, employeeId: string): Promise<PersonSnapshot | null> {
  const p = await repo.personForSnapshot(db, employeeId);
  if (!p) return null;
  return {
    id: p.id,
    name: p.name,
    nip: p.nip,
    asnType: p.asnType,
    rank: p.rank,
    rankLabel: rankLabel(p.rank),
    positionTitle: p.positionTitle,
    positionType: p.positionType,
    functionalLevel: p.functionalLevel,
    unitId: p.unitId,
    unitName: p.unitName,
  };
}

export async function planSnapshot(
  db: Executor,
  employeeId: string,
  assessorId: string | null,
): Promise<PlanSnapshot> {
  const employee = await personSnapshot(db, employeeId);
  if (!employee) throw notFound();
  return {
    employee,
    assessor: assessorId ? await personSnapshot(db, assessorId) : null,
    headsUnit: await repo.headsAUnit(db, employeeId),
  };
}

export function requireEmployeeLink(ctx: RequestContext): string {
  const id = ctx.actor?.employeeId;
  if (!id) throw new AppError('FORBIDDEN', 'plan.noEmployeeLink');
  return id;
}
