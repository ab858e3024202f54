import type { TrainingQuery } from '../../../../domain/trainings/schemas.js';
import type { TrainingList, TrainingView } from '../../../../domain/trainings/view.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { notFound } from '../../../platform/errors.js';
import { presentTraining } from '../trainings.presenter.js';
import { canReadTrainings, seesInactiveTrainings } from '../trainings.policy.js';
import * as repo from '../trainings.repository.js';

/**
 * Searches the catalogue. Everyone sees the active programmes; the inactive ones (`active=false` or `all`) only
 * those who manage the catalogue: for anyone else the list stays on the active ones.
 */
export async function searchTrainings(
  deps: Deps,
  ctx: RequestContext,
  query: TrainingQuery,
): Promise<TrainingList> {
  const actor = canReadTrainings(ctx);
  const q = seesInactiveTrainings(actor) ? query : { ...query, active: 'true' as const };
  const { items, total } = await repo.listTrainings(deps.database.db, q);
  return { items: items.map(presentTraining), total };
}

/** One programme, active or not (a development plan item may point at one taken out of the catalogue since). */
export async function getTraining(deps: Deps, ctx: RequestContext, id: string): Promise<TrainingView> {
  canReadTrainings(ctx);
  const row = await repo.findTraining(deps.database.db, id);
  if (!row) throw notFound();
  return presentTraining(row);
}
