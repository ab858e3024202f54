import { eq } from 'drizzle-orm';
import { addDays } from '../../../../domain/cycles/dates.js';
import { spansOverlap } from '../../../../domain/work-plans/in-force.js';
import { appendAudit } from '../../../platform/audit.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { updateVersioned } from '../../../platform/db/steps.js';
import { planResults, workPlans } from '../../../platform/db/schema.js';
import { AppError, fieldConflict, fieldInvalid } from '../../../platform/errors.js';
import { requireActor } from '../../auth/index.js';
import { findEmployeeRow } from '../../org/index.js';
import { assertCycleOpen } from '../../cycles/index.js';
import { requireEditor, supportsPlans } from '../work-plans.policy.js';
import { buildPlanView } from '../work-plans.presenter.js';
import * as repo from '../work-plans.repository.js';
import { assertNotEnded, assertTransition, planSnapshot, readPlan, withPlan } from './shared.js';

export interface CreatePlanInput {
  cycleId: string;
  employeeId: string;
  approach: 'quantitative' | 'qualitative';
}

/** An employee starts their own SKP for a cycle; HR may start one for anyone. The assessor follows the org chart. */
export async function createWorkPlan(deps: Deps, ctx: RequestContext, input: CreatePlanInput) {
  const actor = requireActor(ctx);
  if (actor.employeeId !== input.employeeId && !supportsPlans(actor)) throw new AppError('FORBIDDEN');
  const now = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    const cycle = await repo.findCycleRow(tx, input.cycleId);
    if (!cycle) throw fieldInvalid('cycleId', 'plan.cycleNotFound', 'not_found');
    await assertCycleOpen(tx, cycle.id, 'create');
    const employee = await findEmployeeRow(tx, input.employeeId);
    if (!employee) throw fieldInvalid('employeeId', 'plan.employeeNotFound', 'not_found');
    // A new plan starts the day after the employee's last ended plan (or with the cycle); one still running → 409.
    const existing = await repo.currentPlans(tx, input.employeeId, input.cycleId);
    const lastEnd = existing.reduce<string | null>(
      (max, p) => (p.endDate !== null && (max === null || p.endDate > max) ? p.endDate : max),
      null,
    );
    const span = { startDate: lastEnd ? addDays(lastEnd, 1) : cycle.startDate, endDate: null };
    if (span.startDate > cycle.endDate || existing.some((p) => spansOverlap(p, span))) {
      throw fieldConflict('employeeId', 'plan.duplicate');
    }
    const assessorId = employee.supervisorId;
    const [row] = await tx
      .insert(workPlans)
      .values({
        cycleId: input.cycleId,
        employeeId: input.employeeId,
        assessorId,
        unitId: employee.unitId,
        startDate: span.startDate,
        approach: input.approach,
        snapshot: await planSnapshot(tx, input.employeeId, assessorId),
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing()
      .returning();
    // Two requests racing past the check: the partial unique index decides.
    if (!row) throw fieldConflict('employeeId', 'plan.duplicate');
    const view = await buildPlanView(tx, row, {
      actor,
      owner: actor.employeeId === row.employeeId,
      assessor: actor.employeeId === row.assessorId,
      top: false,
      standIn: null,
      superior: false,
      hr: supportsPlans(actor),
      agency: false,
    });
    await appendAudit(
      tx,
      ctx,
      { action: 'work_plan.create', entityType: 'work_plan', entityId: row.id, after: view },
      now,
    );
    return view;
  });
}

export async function getWorkPlan(deps: Deps, ctx: RequestContext, planId: string) {
  return readPlan(deps, ctx, planId, (db, plan, rel) => buildPlanView(db, plan, rel));
}

export interface UpdatePlanInput {
  approach?: 'quantitative' | 'qualitative' | undefined;
  annex?: Partial<{ resources: string[]; accountability: string[]; consequences: string[] }> | undefined;
  version?: number | undefined;
}

export async function updateWorkPlan(
  deps: Deps,
  ctx: RequestContext,
  planId: string,
  input: UpdatePlanInput,
) {
  return withPlan(deps, ctx, planId, async (tx, plan, rel, now) => {
    requireEditor(rel);
    await assertCycleOpen(tx, plan.cycleId, 'edit');
    assertTransition(plan, 'edit');
    const after = { approach: input.approach ?? plan.approach, annex: { ...plan.annex, ...input.annex } };
    const row = await updateVersioned(tx, ctx, workPlans, plan, after, {
      now,
      expected: input.version,
      audit: {
        action: 'work_plan.update',
        entityType: 'work_plan',
        snapshot: (r) => ({ approach: r.approach, annex: r.annex }),
      },
    });
    return buildPlanView(tx, row, rel);
  });
}

/** HR corrects the assessor of one plan (wrong supervisor data is the most common support problem). */
export async function setAssessor(
  deps: Deps,
  ctx: RequestContext,
  planId: string,
  input: { assessorId: string | null; reason: string; version?: number | undefined },
) {
  return withPlan(deps, ctx, planId, async (tx, plan, rel, now) => {
    if (!rel.hr) throw new AppError('FORBIDDEN');
    assertNotEnded(plan, 'set_assessor');
    await assertCycleOpen(tx, plan.cycleId, 'set_assessor');
    if (plan.status === 'approved')
      throw new AppError(
        'INVALID_TRANSITION',
        'plan.invalidTransition',
        { status: plan.status, action: 'set_assessor' },
        { status: plan.status },
      );
    if (input.assessorId === plan.employeeId) throw fieldInvalid('assessorId', 'plan.assessorSelf', 'self');
    if (input.assessorId && !(await findEmployeeRow(tx, input.assessorId))) {
      throw fieldInvalid('assessorId', 'plan.assessorNotFound', 'not_found');
    }
    const snapshot = await planSnapshot(tx, plan.employeeId, input.assessorId);
    const row = await updateVersioned(
      tx,
      ctx,
      workPlans,
      plan,
      { assessorId: input.assessorId, assessorOverrideReason: input.reason, snapshot },
      {
        now,
        expected: input.version,
        audit: {
          action: 'work_plan.set_assessor',
          entityType: 'work_plan',
          snapshot: (r) => ({ assessorId: r.assessorId }),
          extra: { reason: input.reason },
        },
      },
    );
    // Links to the previous assessor's results no longer hold.
    if (input.assessorId !== plan.assessorId) {
      await tx.update(planResults).set({ parentResultId: null }).where(eq(planResults.workPlanId, plan.id));
    }
    return buildPlanView(tx, row, { ...rel, assessor: rel.actor.employeeId === input.assessorId });
  });
}
