import {
  addFigures,
  JP_MAXIMUM_PPPK,
  JP_MINIMUM_PNS,
  rollUp,
  zeroFigures,
} from '../../../../domain/follow-up-dashboard/figures.js';
import type { FollowUpDashboardQuery } from '../../../../domain/follow-up-dashboard/schemas.js';
import type { FollowUpDashboardView } from '../../../../domain/follow-up-dashboard/view.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { scopeFor } from '../follow-up-dashboard.policy.js';
import { ownFigures, unitViews } from '../follow-up-dashboard.presenter.js';
import * as repo from '../follow-up-dashboard.repository.js';
import { windowOf } from './window.js';

/**
 * Dasbor Tindak Lanjut: per unit of the caller's scope (or of one unit's subtree) its own follow-up numbers and those
 * of its subtree, and the totals over the roots. A fixed number of statements whatever the size: the unit tree,
 * the caller's headed units (unit heads only) and four aggregates.
 */
export async function readDashboard(
  deps: Deps,
  ctx: RequestContext,
  query: FollowUpDashboardQuery,
): Promise<FollowUpDashboardView> {
  const scope = await scopeFor(deps, ctx, query.unitId);
  const w = windowOf(deps, scope, query.year);
  const db = deps.database.db;
  const [plans, items, ledger, statuses] = await Promise.all([
    repo.planCounts(db, w),
    repo.itemCounts(db, w),
    repo.ledgerCounts(db, w),
    repo.statusCounts(db, w),
  ]);
  const own = ownFigures({ plans, items, ledger, statuses });
  const total = rollUp(
    scope.tree.map((u) => ({ id: u.id, parentId: u.parent_id })),
    own,
  );
  const units = unitViews(scope.tree, scope.children, scope.roots, own, total);
  return {
    year: w.year,
    today: w.today,
    jpMinimum: JP_MINIMUM_PNS,
    jpMaximum: JP_MAXIMUM_PPPK,
    units,
    totals: scope.roots.reduce((sum, r) => addFigures(sum, total.get(r) ?? zeroFigures()), zeroFigures()),
  };
}
