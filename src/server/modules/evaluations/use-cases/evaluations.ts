import { and, asc, count, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { PREDICATE_LABELS, predicateFor } from '../../../../domain/evaluations/matrix.js';
import { objectionDeadline } from '../../../../domain/evaluations/objection.js';
import type { UpdateEvaluationInput } from '../../../../domain/evaluations/schemas.js';
import type {
  EvaluationListItem,
  EvaluationSnapshot,
  TeamEvaluationRow,
} from '../../../../domain/evaluations/view.js';
import { DEFAULT_TIME_ZONE, dateIn } from '../../../../domain/dates.js';
import { appendAudit } from '../../../platform/audit.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import type { Executor, Tx } from '../../../platform/db/client.js';
import {
  employees,
  evaluations,
  objections,
  periods,
  units,
  workPlans,
} from '../../../platform/db/schema.js';
import { AppError, ValidationError, fieldInvalid, notFound, staleVersion } from '../../../platform/errors.js';
import { requireActor } from '../../auth/index.js';
import { syncDevelopmentPlan } from '../../development/index.js';
import { notify, texts } from '../../notifications/index.js';
import { lockPlan, personSnapshot, relationTo, subordinatesOf } from '../../work-plans/index.js';
import { evaluationRelation, type EvaluationRelation } from '../evaluations.policy.js';
import {
  annualPrefill,
  buildEvaluationView,
  evaluationResults,
  offeredRating,
  presentListItem,
  suggestionOf,
} from '../evaluations.presenter.js';
import * as repo from '../evaluations.repository.js';
import { unitDistribution } from './distribution-core.js';
import { assessmentSettings } from './settings.js';

export async function viewOf(deps: Deps, db: Executor, row: repo.EvaluationRow, rel: EvaluationRelation) {
  const settings = await assessmentSettings(db);
  return buildEvaluationView(db, row, rel, { settings, now: deps.clock.now() });
}

/** The workflow pattern for evaluations: lock, find the caller's relation (404 if unseen), run the step. */
export function withEvaluation<T>(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  step: (tx: Tx, row: repo.EvaluationRow, rel: EvaluationRelation, now: Date) => Promise<T>,
): Promise<T> {
  return deps.database.db.transaction(async (tx) => {
    const row = await repo.lockEvaluation(tx, id);
    if (!row) throw notFound();
    const rel = await evaluationRelation(tx, ctx, row, dateIn(deps.clock.now()));
    return step(tx, row, rel, deps.clock.now());
  });
}

export function notDraft(row: repo.EvaluationRow, action: string) {
  return new AppError('INVALID_TRANSITION', 'evaluation.notDraft', { status: row.status, action }, {});
}

/** Bumps the version (optimistic locking); a stale `expected` answers 409. */
export async function touchEvaluation(
  tx: Executor,
  row: repo.EvaluationRow,
  now: Date,
  expected: number | undefined,
  set: Partial<typeof evaluations.$inferInsert>,
) {
  if (expected !== undefined && expected !== row.version) throw staleVersion();
  const [updated] = await tx
    .update(evaluations)
    .set({ ...set, version: row.version + 1, updatedAt: now })
    .where(and(eq(evaluations.id, row.id), eq(evaluations.version, row.version)))
    .returning();
  if (!updated) throw staleVersion();
  return updated;
}

async function snapshotFor(
  db: Executor,
  employeeId: string,
  assessorId: string | null,
): Promise<EvaluationSnapshot> {
  const employee = await personSnapshot(db, employeeId);
  if (!employee) throw notFound();
  const assessor = assessorId ? await personSnapshot(db, assessorId) : null;
  const superiorId = assessorId ? (await repo.employeeUnit(db, assessorId))?.supervisorId : null;
  const assessorSuperior = superiorId ? await personSnapshot(db, superiorId) : null;
  return { employee, assessor, assessorSuperior };
}

const auditFields = (r: repo.EvaluationRow) => ({
  status: r.status,
  resultRatings: r.resultRatings,
  resultRating: r.resultRating,
  resultRatingReason: r.resultRatingReason,
  behaviourRatings: r.behaviourRatings,
  behaviourRating: r.behaviourRating,
  strengths: r.strengths,
  improvements: r.improvements,
  predicate: r.predicate,
  justification: r.justification,
  violations: r.violations,
  orgPredicate: r.orgPredicate,
  acknowledgedAt: r.acknowledgedAt,
  version: r.version,
});

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
    const planRel = await relationTo(tx, ctx, plan);
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
    const existing = await repo.findEvaluationFor(tx, plan.employeeId, period.id);
    if (existing)
      throw new AppError('CONFLICT', 'evaluation.duplicate', {
        evaluationId: existing.id,
        reason: 'duplicate',
      });
    const person = await repo.employeeUnit(tx, plan.employeeId);
    if (!person) throw notFound();
    const snapshot = await snapshotFor(tx, plan.employeeId, plan.assessorId);
    const [inserted] = await tx
      .insert(evaluations)
      .values({
        workPlanId: plan.id,
        periodId: period.id,
        employeeId: plan.employeeId,
        assessorId: plan.assessorId,
        unitId: person.unitId,
        snapshot,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing()
      .returning();
    if (!inserted) throw new AppError('CONFLICT', 'evaluation.duplicate', { reason: 'duplicate' });
    // Pre-fill: the leader rule's offered result rating; for the annual period, the ratings of the periodic
    // evaluation whose predicate is the suggestion (latest or most frequent, per the settings).
    const settings = await assessmentSettings(tx);
    const set: Partial<typeof evaluations.$inferInsert> = {};
    const annual = await annualPrefill(tx, inserted, period, settings);
    if (annual?.suggestedPredicate) {
      const source = [...annual.periodic].reverse().find((p) => p.predicate === annual.suggestedPredicate);
      const from = source ? await repo.findEvaluation(tx, source.evaluationId) : undefined;
      if (from) {
        const resultIds = new Set((await evaluationResults(tx, plan.id)).map((r) => r.id));
        set.resultRatings = from.resultRatings.filter((r) => resultIds.has(r.resultId));
        set.behaviourRatings = from.behaviourRatings;
        set.resultRating = from.resultRating;
        set.behaviourRating = from.behaviourRating;
      }
    }
    const offered = await offeredRating(tx, inserted, settings, dateIn(now));
    if (offered) set.resultRating = offered.rating;
    const row =
      Object.keys(set).length > 0
        ? ((await tx.update(evaluations).set(set).where(eq(evaluations.id, inserted.id)).returning())[0] ??
          inserted)
        : inserted;
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
    const rel = await evaluationRelation(tx, ctx, row, dateIn(deps.clock.now()));
    return viewOf(deps, tx, row, rel);
  });
}

function mergeBy<T, K extends keyof T>(current: readonly T[], updates: readonly T[], key: K): T[] {
  const map = new Map(current.map((c) => [c[key], c]));
  for (const u of updates) map.set(u[key], u);
  return [...map.values()];
}

/** The assessor saves ratings and comments while the evaluation is a draft. */
export async function updateEvaluation(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: UpdateEvaluationInput,
) {
  return withEvaluation(deps, ctx, id, async (tx, row, rel, now) => {
    if (!rel.assessor) throw new AppError('FORBIDDEN', 'evaluation.assessorOnly');
    if (row.status !== 'draft') throw notDraft(row, 'update');
    if (input.version !== undefined && input.version !== row.version) throw staleVersion();
    const results = await evaluationResults(tx, row.workPlanId);
    const resultIds = new Set(results.map((r) => r.id));
    const bad = (input.resultRatings ?? []).flatMap((r, i) =>
      resultIds.has(r.resultId)
        ? []
        : [
            {
              path: `resultRatings.${i}.resultId`,
              code: 'not_in_plan',
              messageKey: 'evaluation.resultNotInPlan' as const,
            },
          ],
    );
    if (bad.length > 0) throw new ValidationError(bad);
    const set: Partial<typeof evaluations.$inferInsert> = {};
    if (input.resultRatings)
      set.resultRatings = mergeBy(
        row.resultRatings,
        input.resultRatings.map((r) => ({
          resultId: r.resultId,
          rating: r.rating,
          comment: r.comment ?? null,
        })),
        'resultId',
      );
    if (input.behaviourRatings)
      set.behaviourRatings = mergeBy(
        row.behaviourRatings,
        input.behaviourRatings.map((b) => ({ value: b.value, rating: b.rating, comment: b.comment ?? null })),
        'value',
      );
    if (input.resultRating !== undefined) set.resultRating = input.resultRating;
    if (input.behaviourRating !== undefined) set.behaviourRating = input.behaviourRating;
    if (input.reason !== undefined) set.resultRatingReason = input.reason || null;
    if (input.strengths !== undefined) set.strengths = input.strengths || null;
    if (input.improvements !== undefined) set.improvements = input.improvements || null;
    const updated = await touchEvaluation(tx, row, now, undefined, set);
    await appendAudit(
      tx,
      ctx,
      {
        action: 'evaluation.update',
        entityType: 'evaluation',
        entityId: row.id,
        before: auditFields(row),
        after: auditFields(updated),
      },
      now,
    );
    return viewOf(deps, tx, updated, rel);
  });
}

/**
 * Finalisation: both overall ratings; a departure from the suggestion needs its reason; the predicate is the
 * matrix cell; the unit's pattern is checked (409 CONFLICT with the violations unless justified).
 */
export async function finalizeEvaluation(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { justification?: string | null | undefined; version?: number | undefined },
) {
  return withEvaluation(deps, ctx, id, async (tx, row, rel, now) => {
    if (!rel.assessor) throw new AppError('FORBIDDEN', 'evaluation.assessorOnly');
    if (row.status !== 'draft') throw notDraft(row, 'finalize');
    if (input.version !== undefined && input.version !== row.version) throw staleVersion();
    const missing = [
      ...(row.resultRating ? [] : ['resultRating']),
      ...(row.behaviourRating ? [] : ['behaviourRating']),
    ];
    if (!row.resultRating || !row.behaviourRating)
      throw new AppError('INVALID_TRANSITION', 'evaluation.ratingsMissing', {
        status: row.status,
        action: 'finalize',
        missing,
      });
    const settings = await assessmentSettings(tx);
    const results = await evaluationResults(tx, row.workPlanId);
    const suggestion = suggestionOf(results, row.resultRatings);
    const offered = await offeredRating(tx, row, settings, dateIn(now));
    const accepted = [suggestion?.rating, offered?.rating].filter(Boolean);
    if (suggestion && !accepted.includes(row.resultRating) && !row.resultRatingReason)
      throw new AppError('INVALID_TRANSITION', 'evaluation.reasonRequired', {
        status: row.status,
        action: 'finalize',
        missing: ['reason'],
        suggestedResultRating: suggestion.rating,
      });
    const predicate = predicateFor(row.resultRating, row.behaviourRating);
    const person = await repo.employeeUnit(tx, row.employeeId);
    const unitId = person?.unitId ?? row.unitId;
    const distribution = await unitDistribution(tx, unitId, row.periodId, settings.distributionRules, {
      evaluationId: row.id,
      employeeId: row.employeeId,
      unitId,
      predicate,
    });
    const justification = input.justification?.trim() || null;
    if (distribution.violations.length > 0 && !justification)
      throw new AppError(
        'CONFLICT',
        'evaluation.distributionViolated',
        {
          reason: 'distribution',
          orgPredicate: distribution.orgPredicate,
          predicate,
          violations: distribution.violations,
          counts: distribution.counts,
          total: distribution.total,
        },
        { orgPredicate: distribution.orgPredicate ?? '' },
      );
    const violated = distribution.violations.length > 0;
    const snapshot = await snapshotFor(tx, row.employeeId, row.assessorId);
    const updated = await touchEvaluation(tx, row, now, undefined, {
      status: 'final',
      unitId,
      predicate,
      orgPredicate: distribution.orgPredicate,
      justification: violated ? justification : null,
      violations: violated ? distribution.violations : null,
      snapshot,
      finalizedAt: now,
      finalizedBy: rel.actor.userId,
      finalizedByName: snapshot.assessor?.name ?? rel.actor.username,
      acknowledgedAt: null,
    });
    await syncDevelopmentPlan(
      tx,
      ctx,
      {
        id: updated.id,
        employeeId: updated.employeeId,
        periodId: updated.periodId,
        predicate,
        resultRatings: updated.resultRatings,
        behaviourRatings: updated.behaviourRatings,
        resultTexts: new Map(results.map((r) => [r.id, r.text])),
      },
      now,
    );
    await appendAudit(
      tx,
      ctx,
      {
        action: 'evaluation.finalize',
        entityType: 'evaluation',
        entityId: row.id,
        before: auditFields(row),
        after: auditFields(updated),
      },
      now,
    );
    const period = await repo.findPeriod(tx, row.periodId);
    await notify(tx, {
      ...texts.evaluationFinalized({
        evaluationId: row.id,
        periodLabel: period?.label ?? '',
        assessorName: updated.finalizedByName ?? '',
        predicateLabel: PREDICATE_LABELS[predicate],
        deadline: objectionDeadline(now, settings.objectionWindowDays, DEFAULT_TIME_ZONE),
      }),
      employeeIds: [row.employeeId],
      exceptUserId: rel.actor.userId,
      dedupeKey: `evaluation.finalized:${row.id}:${updated.version}`,
      at: now,
    });
    return viewOf(deps, tx, updated, rel);
  });
}

/** HR reopens a final evaluation with a reason (audited); an objection in progress blocks it. */
export async function reopenEvaluation(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { reason: string; version?: number | undefined },
) {
  return withEvaluation(deps, ctx, id, async (tx, row, rel, now) => {
    if (!rel.hr) throw new AppError('FORBIDDEN');
    if (row.status !== 'final')
      throw new AppError('INVALID_TRANSITION', 'evaluation.notFinal', {
        status: row.status,
        action: 'reopen',
      });
    const objection = await repo.objectionOf(tx, row.id);
    if (objection && objection.status !== 'decided')
      throw new AppError('INVALID_TRANSITION', 'evaluation.openObjection', {
        status: row.status,
        action: 'reopen',
        reason: 'objection_open',
      });
    const updated = await touchEvaluation(tx, row, now, input.version, {
      status: 'draft',
      reopenedAt: now,
      reopenReason: input.reason,
      finalizedAt: null,
      finalizedBy: null,
      finalizedByName: null,
      acknowledgedAt: null,
    });
    await appendAudit(
      tx,
      ctx,
      {
        action: 'evaluation.reopen',
        entityType: 'evaluation',
        entityId: row.id,
        before: auditFields(row),
        after: { ...auditFields(updated), reason: input.reason },
      },
      now,
    );
    const period = await repo.findPeriod(tx, row.periodId);
    await notify(tx, {
      ...texts.evaluationReopened({
        evaluationId: row.id,
        periodLabel: period?.label ?? '',
        reason: input.reason,
      }),
      employeeIds: [row.employeeId, ...(row.assessorId ? [row.assessorId] : [])],
      exceptUserId: rel.actor.userId,
      at: now,
    });
    return viewOf(deps, tx, updated, rel);
  });
}

/** The employee confirms receipt of the final result (idempotent). */
export async function acknowledgeEvaluation(deps: Deps, ctx: RequestContext, id: string) {
  return withEvaluation(deps, ctx, id, async (tx, row, rel, now) => {
    if (!rel.owner) throw new AppError('FORBIDDEN');
    if (row.status !== 'final')
      throw new AppError('INVALID_TRANSITION', 'evaluation.notFinal', {
        status: row.status,
        action: 'acknowledge',
      });
    if (row.acknowledgedAt) return viewOf(deps, tx, row, rel);
    const [updated] = await tx
      .update(evaluations)
      .set({ acknowledgedAt: now, updatedAt: now })
      .where(eq(evaluations.id, row.id))
      .returning();
    await appendAudit(
      tx,
      ctx,
      {
        action: 'evaluation.acknowledge',
        entityType: 'evaluation',
        entityId: row.id,
        after: { acknowledgedAt: now },
      },
      now,
    );
    return viewOf(deps, tx, updated ?? row, rel);
  });
}

export async function getEvaluation(deps: Deps, ctx: RequestContext, id: string) {
  const db = deps.database.db;
  const row = await repo.findEvaluation(db, id);
  if (!row) throw notFound();
  const rel = await evaluationRelation(db, ctx, row, dateIn(deps.clock.now()));
  return viewOf(deps, db, row, rel);
}

/** The evaluations the caller may read: their own, those they assess, their reports' (any depth); all for HR. */
export async function listEvaluations(
  deps: Deps,
  ctx: RequestContext,
  q: {
    periodId?: string | undefined;
    unitId?: string | undefined;
    employeeId?: string | undefined;
    assessorId?: string | undefined;
    status?: 'draft' | 'final' | undefined;
    limit: number;
    offset: number;
  },
): Promise<{ items: EvaluationListItem[]; total: number }> {
  const actor = requireActor(ctx);
  const db = deps.database.db;
  const conditions: SQL[] = [];
  if (q.periodId) conditions.push(eq(evaluations.periodId, q.periodId));
  if (q.unitId) conditions.push(eq(evaluations.unitId, q.unitId));
  if (q.employeeId) conditions.push(eq(evaluations.employeeId, q.employeeId));
  if (q.assessorId) conditions.push(eq(evaluations.assessorId, q.assessorId));
  if (q.status) conditions.push(eq(evaluations.status, q.status));
  const agency = actor.roles.some((r) => r === 'hr_admin' || r === 'agency_head' || r === 'auditor');
  if (!agency) {
    const me = actor.employeeId;
    if (!me) return { items: [], total: 0 };
    const below = await subordinatesOf(db, me);
    const people = [me, ...below];
    conditions.push(or(inArray(evaluations.employeeId, people), inArray(evaluations.assessorId, people))!);
  }
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        evaluation: evaluations,
        periodLabel: periods.label,
        periodIndex: periods.index,
        unitName: units.name,
        objectionStatus: objections.status,
      })
      .from(evaluations)
      .innerJoin(periods, eq(periods.id, evaluations.periodId))
      .innerJoin(units, eq(units.id, evaluations.unitId))
      .leftJoin(objections, eq(objections.evaluationId, evaluations.id))
      .where(where)
      .orderBy(
        desc(periods.startDate),
        asc(periods.index),
        asc(sql`${evaluations.snapshot}->'employee'->>'name'`),
        asc(evaluations.id),
      )
      .limit(q.limit)
      .offset(q.offset),
    db.select({ n: count() }).from(evaluations).where(where),
  ]);
  return {
    items: rows.map((r) =>
      presentListItem(r.evaluation, {
        periodLabel: r.periodLabel,
        unitName: r.unitName,
        objectionStatus: r.objectionStatus ?? null,
      }),
    ),
    total: Number(total?.n ?? 0),
  };
}

/** Evaluasi Tim: the approved plans in force that the caller assesses, with their evaluation for the period. */
export async function teamEvaluations(
  deps: Deps,
  ctx: RequestContext,
  q: { periodId: string },
): Promise<{ items: TeamEvaluationRow[] }> {
  const actor = requireActor(ctx);
  const db = deps.database.db;
  const me = actor.employeeId;
  if (!me) return { items: [] };
  const period = await repo.findPeriod(db, q.periodId);
  if (!period) throw fieldInvalid('periodId', 'evaluation.periodNotInCycle', 'not_found');
  const rows = await db
    .select({
      plan: { id: workPlans.id },
      employee: {
        id: employees.id,
        name: employees.name,
        nip: employees.nip,
        positionTitle: employees.positionTitle,
      },
      unitName: units.name,
      evaluation: evaluations,
      objectionStatus: objections.status,
    })
    .from(workPlans)
    .innerJoin(employees, eq(employees.id, workPlans.employeeId))
    .innerJoin(units, eq(units.id, employees.unitId))
    .leftJoin(
      evaluations,
      and(eq(evaluations.employeeId, workPlans.employeeId), eq(evaluations.periodId, period.id)),
    )
    .leftJoin(objections, eq(objections.evaluationId, evaluations.id))
    .where(
      and(
        eq(workPlans.assessorId, me),
        eq(workPlans.cycleId, period.cycleId),
        eq(workPlans.isCurrent, true),
        eq(workPlans.status, 'approved'),
      ),
    )
    .orderBy(asc(employees.name))
    .limit(500);
  return {
    items: rows.map((r) => ({
      workPlanId: r.plan.id,
      employee: { ...r.employee, unitName: r.unitName },
      evaluation: r.evaluation
        ? presentListItem(r.evaluation, {
            periodLabel: period.label,
            unitName: r.unitName,
            objectionStatus: r.objectionStatus ?? null,
          })
        : null,
    })),
  };
}
