import type { OverdueQuery } from '../../../../domain/follow-up-dashboard/schemas.js';
import type { OverdueListView } from '../../../../domain/follow-up-dashboard/view.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { scopeFor } from '../follow-up-dashboard.policy.js';
import { overdueItemView } from '../follow-up-dashboard.presenter.js';
import * as repo from '../follow-up-dashboard.repository.js';
import { windowOf } from './window.js';

/** The items past their due date and still planned (open plans), longest overdue first, paged. */
export async function readOverdue(
  deps: Deps,
  ctx: RequestContext,
  query: OverdueQuery,
): Promise<OverdueListView> {
  const scope = await scopeFor(deps, ctx, query.unitId);
  const w = windowOf(deps, scope, undefined);
  const { rows, total } = await repo.overdueItems(deps.database.db, w, query);
  return { items: rows.map((r) => overdueItemView(r, w.today)), total, today: w.today };
}
