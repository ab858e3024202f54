import { eq } from 'drizzle-orm';
import { dateIn } from '../../../../domain/dates.js';
import { appendAudit } from '../../../platform/audit.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import type { Executor } from '../../../platform/db/client.js';
import { evaluations } from '../../../platform/db/schema.js';
import { AppError, fieldInvalid, notFound } from '../../../platform/errors.js';
import { planForPeriod } from '../../../../domain/work-plans/in-force.js';
import { findCycleRow } from '../../cycles/index.js';
import { lockPlan, relationTo } from '../../work-plans/index.js';
import { evaluationRelation } from '../evaluations.policy.js';
import { presentEvaluation, type EvaluationContext } from '../evaluations.presenter.js';
import * as repo from '../evaluations.repository.js';
import { loadEvaluationContext } from './context.js';
import { assertWritable, assessingBy, auditFields, snapshotFor } from './steps.js';

/**
 * The pre-fill of a new evaluation: for the annual period, the ratings of the periodic evaluation whose predicate is
 * the suggestion (latest or most frequent, per the settings), kept to the plan's results; then the leader rule's
 * offered result rating.
 */
async function prefill(
  db: Executor,
  c: EvaluationContext,
): Promise<Partial<typeof evaluations.$inferInsert>> {
  const set: Partial<typeof evaluations.$inferInsert> = {};
  const suggested = c.annual?.suggestedPredicate;
  if (c.annual && suggested) {
    const source = [...c.annual.periodic].reverse().find((p) => p.predicate === suggested);
    const from = source ? await repo.findEvaluation(db, source.evaluationId) : undefined;
    if (from) {
      const resultIds = new Set(c.results.map((r) => r.id));
      set.resultRatings = from.resultRatings.filter((r) => resultIds.has(r.resultId));
      set.behaviourRatings = from.behaviourRatings;
      set.resultRating = from.resultRating;
      set.behaviourRating = from.behaviourRating;
    }
  }
  if (c.leader?.rating) set.resultRating = c.leader.rating;
  return set;
}

/** The assessor starts the evaluation of an approved plan for one of its cycle's periods (pre-filled). */
export async function createEvaluation(
  deps: Deps,
  ctx: RequestContext,
  input: { workPlanId: string; periodId: string },
) {
  return deps.database.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const plan = await lockPlan(tx, input.workPlanId);
    if (!plan) throw notFound();
    const planRel = await relationTo(tx, ctx, plan, dateIn(now));
    if (!planRel.assessor) throw new AppError('FORBIDDEN', 'evaluation.assessorOnly');
    if (plan.status !== 'approved' || !plan.isCurrent)
      throw new AppError('INVALID_TRANSITION', 'evaluation.planNotApproved', {
        status: plan.status,
        action: 'evaluate',
        reason: plan.status !== 'approved' ? 'plan_not_approved' : 'plan_superseded',
      });
    const period = await repo.findPeriod(tx, input.periodId);
    if (!period || period.cycleId !== plan.cycleId)
      throw fieldInvalid('periodId', 'evaluation.periodNotInCycle', 'not_in_cycle');
    const cycle = await findCycleRow(tx, plan.cycleId);
    if (!cycle) throw notFound();
    assertWritable({ period, cycle }, 'evaluate');
    // a transfer gives the year several plans: the period belongs to the one in force at its end, and its assessor
    const inForce = planForPeriod(await repo.plansOfCycle(tx, plan.employeeId, plan.cycleId), period);
    if (inForce?.id !== plan.id)
      throw new AppError('INVALID_TRANSITION', 'evaluation.planNotInForce', {
        status: plan.status,
        action: 'evaluate',
        reason: 'plan_not_in_force',
        workPlanId: inForce?.id ?? null,
      });
    const existing = await repo.findEvaluationFor(tx, plan.employeeId, period.id);
    if (existing)
      throw new AppError('CONFLICT', 'evaluation.duplicate', {
        evaluationId: existing.id,
        reason: 'duplicate',
      });
    const unit = await repo.findUnit(tx, plan.unitId);
    const [inserted] = await tx
      .insert(evaluations)
      .values({
        workPlanId: plan.id,
        periodId: period.id,
        employeeId: plan.employeeId,
        assessorId: plan.assessorId,
        unitId: plan.unitId,
        headsUnit: unit?.headId === plan.employeeId,
        snapshot: await snapshotFor(tx, plan.employeeId, plan.assessorId, assessingBy(planRel)),
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing()
      .returning();
    if (!inserted) throw new AppError('CONFLICT', 'evaluation.duplicate', { reason: 'duplicate' });
    const context = await loadEvaluationContext(tx, inserted, now);
    const set = await prefill(tx, context);
    const [row = inserted] =
      Object.keys(set).length > 0
        ? await tx.update(evaluations).set(set).where(eq(evaluations.id, inserted.id)).returning()
        : [inserted];
    await appendAudit(
      tx,
      ctx,
      {
        action: 'evaluation.create',
        entityType: 'evaluation',
        entityId: row.id,
        after: { workPlanId: plan.id, periodId: period.id, ...auditFields(row) },
      },
      now,
    );
    const rel = await evaluationRelation(tx, ctx, row, dateIn(now));
    return presentEvaluation({ ...context, row }, rel, now);
  });
}
