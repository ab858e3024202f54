import { deriveFocusAreas } from '../../../../domain/development/focus-areas.js';
import type { Predicate, Rating } from '../../../../domain/evaluations/matrix.js';
import type { BehaviourValue } from '../../../../domain/work-plans/berakhlak.js';
import { appendAudit } from '../../../platform/audit.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Tx } from '../../../platform/db/client.js';
import { developmentPlans } from '../../../platform/db/schema.js';
import { updateVersioned } from '../../../platform/db/steps.js';
import * as repo from '../development.repository.js';
import { planSnapshot } from '../development.presenter.js';

/** Predicates that direct the employee into development (domain §7). */
export const POOR_PREDICATES: readonly Predicate[] = ['butuh_perbaikan', 'kurang', 'sangat_kurang'];

export interface DevelopmentSource {
  id: string;
  employeeId: string;
  periodId: string;
  predicate: Predicate | null;
  resultRatings: Array<{ resultId: string; rating: Rating }>;
  behaviourRatings: Array<{ value: BehaviourValue; rating: Rating }>;
  resultTexts: Map<string, string>;
}

const audit = (action: string) => ({ action, entityType: 'development_plan', snapshot: planSnapshot });

/**
 * Inside the finalising (or objection-deciding) transaction: a poor final predicate gets its development plan —
 * exactly one per evaluation (a unique index), refreshed when the evaluation is finalised again or changed by an
 * objection — with the evaluation's assessor as the party who agrees it and the focus areas derived from the
 * ratings, the plan's indicator categories and the period's improvement feedback. A plan whose evaluation is no
 * longer poor is cancelled; none is made for Baik or Sangat Baik.
 */
export async function syncDevelopmentPlan(tx: Tx, ctx: RequestContext, src: DevelopmentSource, now: Date) {
  const poor = src.predicate !== null && POOR_PREDICATES.includes(src.predicate);
  const existing = await repo.findPlanOfEvaluation(tx, src.id);
  if (!poor) {
    if (existing && existing.status === 'open')
      await updateVersioned(
        tx,
        ctx,
        developmentPlans,
        existing,
        { status: 'cancelled', predicate: src.predicate },
        { now, audit: audit('development_plan.cancel') },
      );
    return;
  }
  const inputs = await repo.focusInputs(tx, src.id);
  const focusAreas = deriveFocusAreas({
    resultRatings: src.resultRatings,
    behaviourRatings: src.behaviourRatings,
    results:
      inputs?.results.map((r) => ({ ...r, text: src.resultTexts.get(r.id) ?? r.text })) ??
      [...src.resultTexts].map(([id, text]) => ({ id, text, categories: [] })),
    improvements: inputs?.improvements ?? [],
  });
  const assessorId = inputs?.assessorId ?? null;
  if (existing) {
    await updateVersioned(
      tx,
      ctx,
      developmentPlans,
      existing,
      {
        predicate: src.predicate,
        focusAreas,
        assessorId,
        // a plan completed and agreed stays done; a cancelled one opens again
        status: existing.status === 'done' ? 'done' : 'open',
      },
      { now, audit: audit('development_plan.update') },
    );
    return;
  }
  const [row] = await tx
    .insert(developmentPlans)
    .values({
      employeeId: src.employeeId,
      evaluationId: src.id,
      periodId: src.periodId,
      source: 'evaluation',
      predicate: src.predicate,
      focusAreas,
      assessorId,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  await appendAudit(
    tx,
    ctx,
    {
      action: 'development_plan.create',
      entityType: 'development_plan',
      entityId: row!.id,
      after: planSnapshot(row!),
    },
    now,
  );
}
