import { and, eq } from 'drizzle-orm';
import type { BehaviourValue } from '../../../../domain/work-plans/berakhlak.js';
import { cascadeProblem } from '../../../../domain/work-plans/rules.js';
import type { ParentOptionsView } from '../../../../domain/work-plans/view.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import type { Executor } from '../../../platform/db/client.js';
import { planBehaviours, planIndicators, planResults } from '../../../platform/db/schema.js';
import {
  AppError,
  fieldInvalid,
  notFound,
  ValidationError,
  type FieldIssueInput,
} from '../../../platform/errors.js';
import { assertVersion } from '../../../platform/db/steps.js';
import {
  defaultAggregation,
  periodTargetProblem,
  targetPeriods,
  type Aggregation,
} from '../../../../domain/progress/period-targets.js';
import type { PeriodTargetsInput } from '../../../../domain/work-plans/schemas.js';
import { findTemplateRow } from '../../library/index.js';
import { requireBehaviourEditor, requireEditor } from '../work-plans.policy.js';
import { buildPlanView } from '../work-plans.presenter.js';
import * as repo from '../work-plans.repository.js';
import { assertNotEnded, assertTransition, readPlan, recordContentChange, withPlan } from './shared.js';
import { assertCycleOpen } from '../../cycles/index.js';

/** A parent result must belong to the assessor's plan in force in the same cycle (domain §3, cascading). */
export async function assertParent(db: Executor, plan: repo.PlanRow, parentResultId: string) {
  const [parent] = await repo.parentResults(db, [parentResultId]);
  const problem = parent
    ? cascadeProblem(parent, { assessorId: plan.assessorId, cycleId: plan.cycleId })
    : 'not_assessor_plan';
  if (problem) throw fieldInvalid('parentResultId', 'plan.parentInvalid', problem);
}

async function viewResult(
  tx: Executor,
  plan: repo.PlanRow,
  rel: Parameters<typeof buildPlanView>[2],
  resultId: string,
) {
  const view = await buildPlanView(tx, plan, rel);
  const result = view.results.find((r) => r.id === resultId);
  if (!result) throw notFound();
  return result;
}

export interface ResultInput {
  kind: 'main' | 'additional';
  text: string;
  parentResultId?: string | null | undefined;
}

export async function addResult(deps: Deps, ctx: RequestContext, planId: string, input: ResultInput) {
  return withPlan(deps, ctx, planId, async (tx, plan, rel, now) => {
    requireEditor(rel);
    await assertCycleOpen(tx, plan.cycleId, 'add_result');
    assertTransition(plan, 'edit');
    if (input.parentResultId) await assertParent(tx, plan, input.parentResultId);
    const [row] = await tx
      .insert(planResults)
      .values({
        workPlanId: plan.id,
        kind: input.kind,
        text: input.text,
        parentResultId: input.parentResultId ?? null,
        position: await repo.nextResultPosition(tx, plan.id),
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    const fresh = await recordContentChange(tx, ctx, plan, now, {
      action: 'work_plan.result.add',
      after: row,
    });
    return viewResult(tx, fresh, rel, row!.id);
  });
}

export async function updateResult(
  deps: Deps,
  ctx: RequestContext,
  planId: string,
  resultId: string,
  input: Partial<ResultInput> & { position?: number | undefined },
) {
  return withPlan(deps, ctx, planId, async (tx, plan, rel, now) => {
    requireEditor(rel);
    await assertCycleOpen(tx, plan.cycleId, 'update_result');
    assertTransition(plan, 'edit');
    const existing = await repo.findResult(tx, plan.id, resultId);
    if (!existing) throw notFound();
    if (input.parentResultId) await assertParent(tx, plan, input.parentResultId);
    const [row] = await tx
      .update(planResults)
      .set({
        ...(input.kind !== undefined ? { kind: input.kind } : {}),
        ...(input.text !== undefined ? { text: input.text } : {}),
        ...(input.parentResultId !== undefined ? { parentResultId: input.parentResultId } : {}),
        ...(input.position !== undefined ? { position: input.position } : {}),
        updatedAt: now,
      })
      .where(eq(planResults.id, resultId))
      .returning();
    const fresh = await recordContentChange(tx, ctx, plan, now, {
      action: 'work_plan.result.update',
      before: existing,
      after: row,
    });
    return viewResult(tx, fresh, rel, resultId);
  });
}

export async function deleteResult(deps: Deps, ctx: RequestContext, planId: string, resultId: string) {
  await withPlan(deps, ctx, planId, async (tx, plan, rel, now) => {
    requireEditor(rel);
    await assertCycleOpen(tx, plan.cycleId, 'delete_result');
    assertTransition(plan, 'edit');
    const existing = await repo.findResult(tx, plan.id, resultId);
    if (!existing) throw notFound();
    await tx.delete(planResults).where(eq(planResults.id, resultId));
    await recordContentChange(tx, ctx, plan, now, { action: 'work_plan.result.delete', before: existing });
  });
}

export interface IndicatorInput {
  text: string;
  aspect: 'quantity' | 'quality' | 'time' | 'cost';
  target?: number | null | undefined;
  targetMax?: number | null | undefined;
  targetText?: string | null | undefined;
  unit?: string | null | undefined;
  direction?: 'higher' | 'lower' | undefined;
  category?: 'efficiency' | 'effectiveness' | 'innovation' | null | undefined;
  perspective?: 'penerima_layanan' | 'proses_bisnis' | 'penguatan_internal' | 'anggaran' | null | undefined;
  templateId?: string | null | undefined;
  aggregation?: Aggregation | undefined;
}

export async function addIndicator(
  deps: Deps,
  ctx: RequestContext,
  planId: string,
  resultId: string,
  input: IndicatorInput,
) {
  return withPlan(deps, ctx, planId, async (tx, plan, rel, now) => {
    requireEditor(rel);
    await assertCycleOpen(tx, plan.cycleId, 'add_indicator');
    assertTransition(plan, 'edit');
    if (!(await repo.findResult(tx, plan.id, resultId))) throw notFound();
    if (input.templateId && !(await findTemplateRow(tx, input.templateId))) {
      throw fieldInvalid('templateId', 'indicator.templateNotFound', 'not_found');
    }
    const [row] = await tx
      .insert(planIndicators)
      .values({
        resultId,
        workPlanId: plan.id,
        text: input.text,
        aspect: input.aspect,
        target: input.target ?? null,
        targetMax: input.targetMax ?? null,
        targetText: input.targetText || null,
        unit: input.unit || null,
        direction: input.direction ?? 'higher',
        category: input.category ?? null,
        perspective: input.perspective ?? null,
        templateId: input.templateId ?? null,
        aggregation: input.aggregation ?? defaultAggregation(input.aspect),
        position: await repo.nextIndicatorPosition(tx, resultId),
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    const fresh = await recordContentChange(tx, ctx, plan, now, {
      action: 'work_plan.indicator.add',
      after: row,
    });
    const result = await viewResult(tx, fresh, rel, resultId);
    return result.indicators.find((i) => i.id === row!.id)!;
  });
}

export async function updateIndicator(
  deps: Deps,
  ctx: RequestContext,
  planId: string,
  resultId: string,
  indicatorId: string,
  input: Partial<IndicatorInput> & { position?: number | undefined },
) {
  return withPlan(deps, ctx, planId, async (tx, plan, rel, now) => {
    requireEditor(rel);
    await assertCycleOpen(tx, plan.cycleId, 'update_indicator');
    assertTransition(plan, 'edit');
    if (!(await repo.findResult(tx, plan.id, resultId))) throw notFound();
    const existing = await repo.findIndicator(tx, resultId, indicatorId);
    if (!existing) throw notFound();
    const target = input.target !== undefined ? input.target : existing.target;
    const targetMax = input.targetMax !== undefined ? input.targetMax : existing.targetMax;
    if (targetMax !== null && (target === null || targetMax < target)) {
      throw fieldInvalid('targetMax', 'indicator.range', 'range');
    }
    const set: Partial<typeof planIndicators.$inferInsert> = { updatedAt: now };
    for (const k of [
      'text',
      'aspect',
      'target',
      'targetMax',
      'targetText',
      'unit',
      'direction',
      'category',
      'perspective',
      'aggregation',
      'position',
    ] as const) {
      if (input[k] !== undefined) (set as Record<string, unknown>)[k] = input[k] === '' ? null : input[k];
    }
    // period targets set by hand belong to the annual target and the aggregation they were set for
    if (
      existing.periodTargets !== null &&
      (target !== existing.target || (set.aggregation ?? existing.aggregation) !== existing.aggregation)
    )
      set.periodTargets = null;
    const [row] = await tx
      .update(planIndicators)
      .set(set)
      .where(eq(planIndicators.id, indicatorId))
      .returning();
    const fresh = await recordContentChange(tx, ctx, plan, now, {
      action: 'work_plan.indicator.update',
      before: existing,
      after: row,
    });
    const result = await viewResult(tx, fresh, rel, resultId);
    return result.indicators.find((i) => i.id === indicatorId)!;
  });
}

/**
 * Sets the period targets of an indicator by hand while the plan is editable (the owner, like any content edit).
 * The list replaces the stored overrides; a period left out or with a null target follows the split again. A
 * summed indicator's overrides must leave the other periods a share of the annual target, and when every period
 * is set they must add up to it (400 naming the sum).
 */
export async function setPeriodTargets(
  deps: Deps,
  ctx: RequestContext,
  planId: string,
  indicatorId: string,
  input: PeriodTargetsInput,
) {
  return withPlan(deps, ctx, planId, async (tx, plan, rel, now) => {
    requireEditor(rel);
    await assertCycleOpen(tx, plan.cycleId, 'update_indicator');
    assertTransition(plan, 'edit');
    assertVersion(plan, input.version);
    const [existing] = await tx
      .select()
      .from(planIndicators)
      .where(and(eq(planIndicators.id, indicatorId), eq(planIndicators.workPlanId, plan.id)))
      .limit(1);
    if (!existing) throw notFound();
    const periodIds = targetPeriods(await repo.cyclePeriods(tx, plan.cycleId), plan).map((p) => p.id);
    const known = new Set(periodIds);
    const issues: FieldIssueInput[] = [];
    const overrides: Record<string, number> = {};
    input.targets.forEach((t, i) => {
      if (!known.has(t.periodId))
        issues.push({
          path: `targets.${i}.periodId`,
          code: 'not_in_plan',
          messageKey: 'indicator.periodNotInPlan',
        });
      else if (t.periodId in overrides)
        issues.push({
          path: `targets.${i}.periodId`,
          code: 'duplicate',
          messageKey: 'indicator.periodTwice',
        });
      else if (t.target !== null) overrides[t.periodId] = t.target;
    });
    if (issues.length) throw new ValidationError(issues);
    const problem = periodTargetProblem(existing.target, existing.aggregation, periodIds, overrides);
    if (problem?.code === 'no_target')
      throw fieldInvalid('targets', 'indicator.periodTargetsNoTarget', 'no_target');
    if (problem)
      throw new AppError(
        'VALIDATION_FAILED',
        problem.code === 'sum_mismatch' ? 'indicator.periodTargetsSum' : 'indicator.periodTargetsExceed',
        [{ path: 'targets', code: problem.code, sum: problem.sum, annual: problem.annual }],
        { sum: problem.sum, annual: problem.annual },
      );
    const stored = Object.keys(overrides).length ? overrides : null;
    const [row] = await tx
      .update(planIndicators)
      .set({ periodTargets: stored, updatedAt: now })
      .where(eq(planIndicators.id, indicatorId))
      .returning();
    const fresh = await recordContentChange(tx, ctx, plan, now, {
      action: 'work_plan.indicator.period_targets',
      before: { indicatorId, periodTargets: existing.periodTargets },
      after: { indicatorId, periodTargets: row!.periodTargets },
    });
    const result = await viewResult(tx, fresh, rel, existing.resultId);
    return result.indicators.find((i) => i.id === indicatorId)!;
  });
}

export async function deleteIndicator(
  deps: Deps,
  ctx: RequestContext,
  planId: string,
  resultId: string,
  indicatorId: string,
) {
  await withPlan(deps, ctx, planId, async (tx, plan, rel, now) => {
    requireEditor(rel);
    await assertCycleOpen(tx, plan.cycleId, 'delete_indicator');
    assertTransition(plan, 'edit');
    const existing = await repo.findIndicator(tx, resultId, indicatorId);
    if (!existing || existing.workPlanId !== plan.id) throw notFound();
    await tx.delete(planIndicators).where(and(eq(planIndicators.id, indicatorId)));
    await recordContentChange(tx, ctx, plan, now, { action: 'work_plan.indicator.delete', before: existing });
  });
}

/** The leader's specific expectation for one BerAKHLAK value (the assessor or HR, while not approved). */
export async function setBehaviour(
  deps: Deps,
  ctx: RequestContext,
  planId: string,
  value: BehaviourValue,
  expectation: string,
) {
  return withPlan(deps, ctx, planId, async (tx, plan, rel, now) => {
    requireBehaviourEditor(rel);
    assertNotEnded(plan, 'set_behaviour');
    await assertCycleOpen(tx, plan.cycleId, 'set_behaviour');
    if (plan.status === 'approved') {
      throw new AppError(
        'INVALID_TRANSITION',
        'plan.invalidTransition',
        { status: plan.status, action: 'set_behaviour' },
        { status: plan.status },
      );
    }
    const [before] = await tx
      .select()
      .from(planBehaviours)
      .where(and(eq(planBehaviours.workPlanId, plan.id), eq(planBehaviours.value, value)));
    await tx
      .insert(planBehaviours)
      .values({ workPlanId: plan.id, value, expectation, createdAt: now, updatedAt: now })
      .onConflictDoUpdate({
        target: [planBehaviours.workPlanId, planBehaviours.value],
        set: { expectation, updatedAt: now },
      });
    const fresh = await recordContentChange(tx, ctx, plan, now, {
      action: 'work_plan.behaviour.set',
      before: before ? { value, expectation: before.expectation } : null,
      after: { value, expectation },
    });
    return buildPlanView(tx, fresh, rel);
  });
}

/**
 * The assessor's results this plan may link to (cascading). The owner may not open the assessor's whole plan,
 * but needs these to choose "RHK Pimpinan yang Diintervensi".
 */
export async function parentOptions(
  deps: Deps,
  ctx: RequestContext,
  planId: string,
): Promise<ParentOptionsView> {
  return readPlan(deps, ctx, planId, async (db, plan) => {
    if (!plan.assessorId) return { plan: null };
    // The assessor's plan in force when this plan starts (their latest when none is, e.g. made later).
    const leader =
      (await repo.findPlanInForce(db, plan.assessorId, plan.cycleId, plan.startDate)) ??
      (await repo.findLatestPlan(db, plan.assessorId, plan.cycleId));
    if (!leader) return { plan: null };
    const { results } = await repo.planContent(db, leader.id);
    const snapshot = leader.snapshot;
    return {
      plan: {
        id: leader.id,
        status: leader.status,
        revision: leader.revision,
        employee: { id: snapshot.employee.id, name: snapshot.employee.name },
        results: results.map((r) => ({ id: r.id, kind: r.kind, text: r.text, position: r.position })),
      },
    };
  });
}
