import { and, eq, ne } from 'drizzle-orm';
import { dateIn } from '../../../../domain/dates.js';
import { dueDateProblem, type AddItemInput } from '../../../../domain/development/schemas.js';
import type { DevelopmentItemView } from '../../../../domain/development/view.js';
import { appendAudit } from '../../../platform/audit.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { developmentPlanItems } from '../../../platform/db/schema.js';
import { fieldConflict, fieldInvalid } from '../../../platform/errors.js';
import * as repo from '../development.repository.js';
import { assertOpen, requireParty } from '../development.policy.js';
import { itemSnapshot, presentItem } from '../development.presenter.js';
import { settlePlan, withPlanStep } from './load-plan.js';

/**
 * The employee or the assessor adds an item to an open plan: a catalogue programme (its title, hours and mode come
 * from the catalogue) or a free one (coaching, mentoring, on the job). The due date lies between today and about two
 * years ahead. Adding changes what was agreed: both agreements are cleared.
 */
export async function addItem(
  deps: Deps,
  ctx: RequestContext,
  planId: string,
  input: AddItemInput,
): Promise<DevelopmentItemView> {
  return withPlanStep(deps, ctx, planId, async (tx, plan, rel, now) => {
    requireParty(rel);
    assertOpen(plan, 'add_item');
    const today = dateIn(now);
    const problem = dueDateProblem(input.dueDate, today);
    if (problem)
      throw fieldInvalid('dueDate', problem, problem === 'development.duePast' ? 'past' : 'too_far');
    let provider: string | null = null;
    let fields: { trainingId: string | null; title: string; hours: number; mode: repo.ItemRow['mode'] };
    if (input.trainingId) {
      const training = await repo.findTraining(tx, input.trainingId);
      if (!training) throw fieldInvalid('trainingId', 'development.trainingNotFound', 'not_found');
      if (!training.active) throw fieldInvalid('trainingId', 'development.trainingInactive', 'inactive');
      const [twice] = await tx
        .select({ id: developmentPlanItems.id })
        .from(developmentPlanItems)
        .where(
          and(
            eq(developmentPlanItems.planId, plan.id),
            eq(developmentPlanItems.trainingId, training.id),
            ne(developmentPlanItems.status, 'cancelled'),
          ),
        )
        .limit(1);
      if (twice) throw fieldConflict('trainingId', 'development.duplicateTraining');
      provider = training.provider;
      fields = { trainingId: training.id, title: training.title, hours: training.hours, mode: training.mode };
    } else {
      fields = { trainingId: null, title: input.title!, hours: input.hours ?? 0, mode: input.mode ?? null };
    }
    const [row] = await tx
      .insert(developmentPlanItems)
      .values({
        planId: plan.id,
        ...fields,
        dueDate: input.dueDate,
        successCriteria: input.successCriteria,
        createdBy: rel.actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await appendAudit(
      tx,
      ctx,
      {
        action: 'development_plan_item.create',
        entityType: 'development_plan_item',
        entityId: row!.id,
        after: itemSnapshot(row!),
      },
      now,
    );
    await settlePlan(tx, ctx, plan, now, { clearAgreements: true });
    return presentItem({ item: row!, provider }, today);
  });
}
