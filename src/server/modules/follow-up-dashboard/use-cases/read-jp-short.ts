import { JP_MINIMUM_PNS } from '../../../../domain/follow-up-dashboard/figures.js';
import type { JpShortQuery } from '../../../../domain/follow-up-dashboard/schemas.js';
import type { JpShortListView } from '../../../../domain/follow-up-dashboard/view.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { scopeFor } from '../follow-up-dashboard.policy.js';
import { jpShortView } from '../follow-up-dashboard.presenter.js';
import * as repo from '../follow-up-dashboard.repository.js';
import { windowOf } from './window.js';

/** Active PNS short of the yearly JP minimum, the largest shortfall first, paged. */
export async function readJpShort(
  deps: Deps,
  ctx: RequestContext,
  query: JpShortQuery,
): Promise<JpShortListView> {
  const scope = await scopeFor(deps, ctx, query.unitId);
  const w = windowOf(deps, scope, query.year);
  const { rows, total } = await repo.jpShort(deps.database.db, w, query);
  return { items: rows.map(jpShortView), total, year: w.year, minimum: JP_MINIMUM_PNS };
}
