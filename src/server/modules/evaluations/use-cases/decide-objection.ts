import type { Rating } from '../../../../domain/evaluations/matrix.js';
import { PREDICATE_LABELS, predicateFor } from '../../../../domain/evaluations/matrix.js';
import { DEFAULT_TIME_ZONE } from '../../../../domain/dates.js';
import { decisionReadiness } from '../../../../domain/evaluations/timing.js';
import { appendAudit } from '../../../platform/audit.js';
import { AppError } from '../../../platform/errors.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import type { Tx } from '../../../platform/db/client.js';
import { evaluations, objections } from '../../../platform/db/schema.js';
import { updateVersioned } from '../../../platform/db/steps.js';
import { notify, texts } from '../../notifications/index.js';
import { syncImprovement } from '../../improvement/index.js';
import { presentEvaluation, ratingsSnapshot } from '../evaluations.presenter.js';
import type * as repo from '../evaluations.repository.js';
import { evaluationResults, loadEvaluationContext, loadObjectionView } from './context.js';
import { assessmentSettings } from './settings.js';
import {
  assertObjectionTransition,
  deciderName,
  deciderOnly,
  lockPopulation,
  populationUnitOf,
  syncDevelopment,
  withObjection,
} from './steps.js';

interface Decision {
  outcome: 'upheld' | 'changed';
  resultRating?: Rating | undefined;
  behaviourRating?: Rating | undefined;
  note: string;
}

/** "changed": the new ratings and the recomputed predicate, the development plan that follows, audited. */
async function changeRatings(
  tx: Tx,
  ctx: RequestContext,
  evaluation: repo.EvaluationRow,
  o: repo.ObjectionRow,
  input: Decision,
  now: Date,
) {
  const resultRating = input.resultRating ?? evaluation.resultRating;
  const behaviourRating = input.behaviourRating ?? evaluation.behaviourRating;
  const predicate = resultRating && behaviourRating ? predicateFor(resultRating, behaviourRating) : null;
  // a changed predicate changes its population's counts: in turn with the finalisations there (issue 11)
  if (predicate !== evaluation.predicate)
    await lockPopulation(tx, await populationUnitOf(tx, evaluation), evaluation.periodId);
  const current = await updateVersioned(
    tx,
    ctx,
    evaluations,
    evaluation,
    { resultRating, behaviourRating, predicate },
    { now },
  );
  await syncDevelopment(tx, ctx, current, await evaluationResults(tx, evaluation.workPlanId), now);
  await syncImprovement(tx, ctx, current, now);
  await appendAudit(
    tx,
    ctx,
    {
      action: 'evaluation.decision',
      entityType: 'evaluation',
      entityId: evaluation.id,
      before: ratingsSnapshot(evaluation),
      after: { ...ratingsSnapshot(current), objectionId: o.id, note: input.note },
    },
    now,
  );
  return current;
}

/** The assessor's superior decides (final): uphold, or change the ratings (the predicate is recomputed). */
export async function decideObjection(deps: Deps, ctx: RequestContext, id: string, input: Decision) {
  return withObjection(deps, ctx, id, async (tx, o, evaluation, rel, now) => {
    deciderOnly(o, rel);
    assertObjectionTransition(o, 'decide');
    // PP 30/2019 art. 59 (3)–(4): both parties are heard first
    const { explanationWorkingDays } = await assessmentSettings(tx);
    const readiness = decisionReadiness(o, now, explanationWorkingDays, DEFAULT_TIME_ZONE);
    if (!readiness.ready)
      throw new AppError(
        'INVALID_TRANSITION',
        'objection.explanationsMissing',
        {
          status: o.status,
          action: 'decide',
          reason: 'explanations_missing',
          requested: readiness.reason !== 'not_requested',
          ...(readiness.reason === 'waiting' ? { missing: readiness.missing, dueOn: readiness.dueOn } : {}),
        },
        { dueOn: readiness.reason === 'waiting' ? readiness.dueOn : '-' },
      );
    const current =
      input.outcome === 'changed' ? await changeRatings(tx, ctx, evaluation, o, input, now) : evaluation;
    const updated = await updateVersioned(
      tx,
      ctx,
      objections,
      o,
      {
        status: 'decided',
        outcome: input.outcome,
        note: input.note,
        after: ratingsSnapshot(current),
        decidedAt: now,
        decidedBy: rel.actor.userId,
        decidedByName: await deciderName(tx, rel),
      },
      { now },
    );
    await appendAudit(
      tx,
      ctx,
      {
        action: 'objection.decide',
        entityType: 'objection',
        entityId: o.id,
        before: { status: o.status, ...o.before },
        after: { status: 'decided', outcome: input.outcome, note: input.note, ...ratingsSnapshot(current) },
      },
      now,
    );
    await notify(tx, {
      ...texts.objectionDecided({
        objectionId: o.id,
        evaluationId: evaluation.id,
        outcome: input.outcome,
        predicateLabel: current.predicate ? PREDICATE_LABELS[current.predicate] : '-',
        note: input.note,
      }),
      employeeIds: [o.employeeId, ...(evaluation.assessorId ? [evaluation.assessorId] : [])],
      exceptUserId: rel.actor.userId,
      at: now,
    });
    const context = await loadEvaluationContext(tx, current, now);
    return {
      objection: await loadObjectionView(tx, updated, current, rel, now),
      evaluation: presentEvaluation(context, rel, now),
    };
  });
}
