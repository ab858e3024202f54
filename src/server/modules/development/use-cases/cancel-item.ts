import { dateIn } from '../../../../domain/dates.js';
import type { CancelItemInput } from '../../../../domain/development/schemas.js';
import type { DevelopmentItemView } from '../../../../domain/development/view.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { developmentPlanItems } from '../../../platform/db/schema.js';
import { updateVersioned } from '../../../platform/db/steps.js';
import { AppError } from '../../../platform/errors.js';
import { assertOpen, requireParty } from '../development.policy.js';
import { itemSnapshot, presentItem } from '../development.presenter.js';
import { findTraining } from '../development.repository.js';
import { settlePlan, withItemStep } from './load-plan.js';

/** 409 unless the item is still planned. */
export function assertPlanned(item: { status: string }, action: string) {
  if (item.status !== 'planned')
    throw new AppError('INVALID_TRANSITION', 'development.itemNotPlanned', {
      status: item.status,
      action,
      reason: 'item_not_planned',
    });
}

/** Either party cancels a planned item of an open plan (with an optional reason); both agreements are cleared. */
export async function cancelItem(
  deps: Deps,
  ctx: RequestContext,
  itemId: string,
  input: CancelItemInput,
): Promise<DevelopmentItemView> {
  return withItemStep(deps, ctx, itemId, async (tx, plan, item, rel, now) => {
    requireParty(rel);
    assertOpen(plan, 'cancel_item');
    assertPlanned(item, 'cancel_item');
    const updated = await updateVersioned(
      tx,
      ctx,
      developmentPlanItems,
      item,
      { status: 'cancelled', completionNote: input.reason ?? null },
      {
        now,
        expected: input.version,
        audit: {
          action: 'development_plan_item.cancel',
          entityType: 'development_plan_item',
          snapshot: itemSnapshot,
        },
      },
    );
    await settlePlan(tx, ctx, plan, now, { clearAgreements: true });
    const provider = updated.trainingId
      ? ((await findTraining(tx, updated.trainingId))?.provider ?? null)
      : null;
    return presentItem({ item: updated, provider }, dateIn(now));
  });
}
