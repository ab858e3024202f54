import type { UpdateEvaluationInput } from '../../../../domain/evaluations/schemas.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { evaluations } from '../../../platform/db/schema.js';
import { updateVersioned } from '../../../platform/db/steps.js';
import { staleVersion, ValidationError, type FieldIssueInput } from '../../../platform/errors.js';
import { presentEvaluation } from '../evaluations.presenter.js';
import { loadEvaluationContext } from './context.js';
import {
  assertEvaluationTransition,
  assertLeaderRule,
  assertWritable,
  assessorOnly,
  auditFields,
  withEvaluation,
} from './steps.js';

function mergeBy<T, K extends keyof T>(current: readonly T[], updates: readonly T[], key: K): T[] {
  const map = new Map(current.map((c) => [c[key], c]));
  for (const u of updates) map.set(u[key], u);
  return [...map.values()];
}

/** The assessor saves ratings and comments while the evaluation is a draft (per-item ratings merge by key). */
export async function updateEvaluation(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: UpdateEvaluationInput,
) {
  return withEvaluation(deps, ctx, id, async (tx, row, rel, now) => {
    assessorOnly(rel);
    assertEvaluationTransition(row, 'update');
    if (input.version !== undefined && input.version !== row.version) throw staleVersion();
    const context = await loadEvaluationContext(tx, row, now);
    assertWritable(context, 'update');
    assertLeaderRule(context, input.resultRating, false);
    const resultIds = new Set(context.results.map((r) => r.id));
    const bad: FieldIssueInput[] = (input.resultRatings ?? []).flatMap((r, i) =>
      resultIds.has(r.resultId)
        ? []
        : [
            {
              path: `resultRatings.${i}.resultId`,
              code: 'not_in_plan',
              messageKey: 'evaluation.resultNotInPlan',
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
    const updated = await updateVersioned(tx, ctx, evaluations, row, set, {
      now,
      expected: input.version,
      audit: { action: 'evaluation.update', entityType: 'evaluation', snapshot: auditFields },
    });
    return presentEvaluation({ ...context, row: updated }, rel, now);
  });
}
