import { distributionOf } from '../../../../domain/evaluations/distribution.js';
import { PREDICATE_LABELS, predicateFor } from '../../../../domain/evaluations/matrix.js';
import { objectionDeadline } from '../../../../domain/evaluations/objection.js';
import { suggestionFor } from '../../../../domain/evaluations/suggestion.js';
import { DEFAULT_TIME_ZONE, dateIn } from '../../../../domain/dates.js';
import { appendAudit } from '../../../platform/audit.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { evaluations } from '../../../platform/db/schema.js';
import { updateVersioned } from '../../../platform/db/steps.js';
import { AppError, staleVersion } from '../../../platform/errors.js';
import { notify, texts } from '../../notifications/index.js';
import { syncImprovement } from '../../improvement/index.js';
import { presentEvaluation, type EvaluationContext } from '../evaluations.presenter.js';
import { loadEvaluationContext, loadPopulation } from './context.js';
import {
  assertEvaluationTransition,
  assertLeaderRule,
  assertNotTooEarly,
  assertWritable,
  assessingBy,
  assessorOnly,
  lockPopulation,
  auditFields,
  snapshotFor,
  syncDevelopment,
  withEvaluation,
} from './steps.js';

/** Both overall ratings, and the reason for a departure from the suggestion (409 INVALID_TRANSITION otherwise). */
function assertComplete(c: EvaluationContext) {
  const { row, leader } = c;
  // binding leader rule: the unit's organisation predicate must be set, and it gives the result rating
  assertLeaderRule(c, row.resultRating ?? undefined, true);
  const resultRating = row.resultRating ?? (leader?.mode === 'binding' ? leader.rating : null);
  if (!resultRating || !row.behaviourRating)
    throw new AppError('INVALID_TRANSITION', 'evaluation.ratingsMissing', {
      status: row.status,
      action: 'finalize',
      missing: [
        ...(resultRating ? [] : ['resultRating']),
        ...(row.behaviourRating ? [] : ['behaviourRating']),
      ],
    });
  if (leader?.mode === 'offered' && leader.rating) {
    // the offered rating stands in for the suggestion: a departure from it needs the reason
    if (resultRating !== leader.rating && !row.resultRatingReason)
      throw new AppError('INVALID_TRANSITION', 'evaluation.leaderReasonRequired', {
        status: row.status,
        action: 'finalize',
        missing: ['reason'],
        reason: 'leader_rule',
        offeredResultRating: leader.rating,
      });
  } else if (leader?.mode !== 'binding') {
    const suggestion = suggestionFor(c.results, row.resultRatings);
    if (suggestion && suggestion.rating !== resultRating && !row.resultRatingReason)
      throw new AppError('INVALID_TRANSITION', 'evaluation.reasonRequired', {
        status: row.status,
        action: 'finalize',
        missing: ['reason'],
        suggestedResultRating: suggestion.rating,
      });
  }
  return { resultRating, behaviourRating: row.behaviourRating };
}

/**
 * Finalisation: both overall ratings; a departure from the suggestion needs its reason; the predicate is the
 * matrix cell; the unit's pattern is checked (409 CONFLICT with the violations unless justified). The employee is
 * notified and a development plan follows a poor predicate.
 */
export async function finalizeEvaluation(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { justification?: string | null | undefined; version?: number | undefined },
) {
  return withEvaluation(deps, ctx, id, async (tx, row, rel, now) => {
    assessorOnly(rel);
    assertEvaluationTransition(row, 'finalize');
    if (input.version !== undefined && input.version !== row.version) throw staleVersion();
    const loaded = await loadEvaluationContext(tx, row, now);
    // one population's finalisations in turn (issue 11): the lock first, then the counts read again
    const populationUnitId = loaded.population?.unitId ?? row.unitId;
    await lockPopulation(tx, populationUnitId, row.periodId);
    const context = loaded.population
      ? { ...loaded, population: await loadPopulation(tx, populationUnitId, row.periodId, row.id) }
      : loaded;
    assertWritable(context, 'finalize');
    assertNotTooEarly(context, dateIn(now));
    const ratings = assertComplete(context);
    const predicate = predicateFor(ratings.resultRating, ratings.behaviourRating);
    // a top unit's head is on no curve
    const distribution = context.population
      ? distributionOf(context.population, context.settings.distributionRules, {
          ...context.member,
          predicate,
        })
      : null;
    const violations = distribution?.violations ?? [];
    const justification = input.justification?.trim() || null;
    const violated = violations.length > 0;
    if (distribution && violated && !justification)
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
    const snapshot = await snapshotFor(tx, row.employeeId, row.assessorId, assessingBy(rel));
    const updated = await updateVersioned(
      tx,
      ctx,
      evaluations,
      row,
      {
        status: 'final',
        resultRating: ratings.resultRating,
        headsUnit: context.member.headsUnit,
        predicate,
        orgPredicate: distribution?.orgPredicate ?? null,
        justification: violated ? justification : null,
        violations: violated ? violations : null,
        snapshot,
        finalizedAt: now,
        finalizedBy: rel.actor.userId,
        finalizedByName: snapshot.assessor?.name ?? snapshot.agencyHead?.name ?? rel.actor.username,
        acknowledgedAt: null,
      },
      { now },
    );
    await syncDevelopment(tx, ctx, updated, context.results, now);
    await syncImprovement(tx, ctx, updated, now);
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
    await notify(tx, {
      ...texts.evaluationFinalized({
        evaluationId: row.id,
        periodLabel: context.period.label,
        assessorName: updated.finalizedByName ?? '',
        predicateLabel: PREDICATE_LABELS[predicate],
        deadline: objectionDeadline(now, context.settings.objectionWindowDays, DEFAULT_TIME_ZONE),
      }),
      employeeIds: [row.employeeId],
      exceptUserId: rel.actor.userId,
      dedupeKey: `evaluation.finalized:${row.id}:${updated.version}`,
      at: now,
    });
    return presentEvaluation({ ...context, row: updated }, rel, now);
  });
}
