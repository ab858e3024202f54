import type { EvaluationListItem, TeamEvaluationRow } from '../../../../domain/evaluations/view.js';
import { dateIn } from '../../../../domain/dates.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { fieldInvalid, notFound } from '../../../platform/errors.js';
import { actorCan, requireActor } from '../../auth/index.js';
import { standsFor } from '../../org/index.js';
import { subordinatesOf } from '../../work-plans/index.js';
import { evaluationRelation } from '../evaluations.policy.js';
import { presentEvaluation, presentListItem } from '../evaluations.presenter.js';
import * as repo from '../evaluations.repository.js';
import { loadEvaluationContext } from './context.js';

/** One evaluation with its explanation; one the caller may not read answers 404. */
export async function getEvaluation(deps: Deps, ctx: RequestContext, id: string) {
  const db = deps.database.db;
  const now = deps.clock.now();
  const row = await repo.findEvaluation(db, id);
  if (!row) throw notFound();
  const rel = await evaluationRelation(db, ctx, row, dateIn(now));
  return presentEvaluation(await loadEvaluationContext(db, row, now), rel, now);
}

/** The evaluations the caller may read: their own, those they assess, their reports' (any depth); all for HR. */
export async function listEvaluations(
  deps: Deps,
  ctx: RequestContext,
  q: repo.EvaluationFilter,
): Promise<{ items: EvaluationListItem[]; total: number }> {
  const actor = requireActor(ctx);
  const db = deps.database.db;
  let people: string[] | null = null;
  if (!actorCan(actor, 'read:agency')) {
    const me = actor.employeeId;
    if (!me) return { items: [], total: 0 };
    people = [me, ...(await subordinatesOf(db, me))];
  }
  const { rows, total } = await repo.listEvaluations(db, q, people);
  return {
    items: rows.map((r) =>
      presentListItem(r.evaluation, {
        periodLabel: r.periodLabel,
        unitName: r.unitName,
        objectionStatus: r.objectionStatus ?? null,
      }),
    ),
    total,
  };
}

/**
 * Evaluasi Tim: the approved plans in force that the caller assesses (as assessor, as acting official of the
 * assessor, or as agency head of those without one), with their evaluation for the period.
 */
export async function teamEvaluations(
  deps: Deps,
  ctx: RequestContext,
  q: { periodId: string },
): Promise<{ items: TeamEvaluationRow[] }> {
  const actor = requireActor(ctx);
  const db = deps.database.db;
  const me = actor.employeeId;
  const top = actorCan(actor, 'assess:top');
  if (!me && !top) return { items: [] };
  const period = await repo.findPeriod(db, q.periodId);
  if (!period) throw fieldInvalid('periodId', 'evaluation.periodNotInCycle', 'not_found');
  // the plans of the heads the caller acts for (Plt/Plh) today, and, for the agency head, those without assessor
  const acting = me ? (await standsFor(db, me, dateIn(deps.clock.now()))).map((s) => s.headId) : [];
  const rows = await repo.teamPlans(
    db,
    { assessorIds: [...(me ? [me] : []), ...acting], top, employeeId: me },
    period,
  );
  return {
    items: rows.map((r) => ({
      workPlanId: r.planId,
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
