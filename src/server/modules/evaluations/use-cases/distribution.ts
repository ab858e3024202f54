import { distributionOf, type DistributionRules } from '../../../../domain/evaluations/distribution.js';
import type { DistributionView } from '../../../../domain/evaluations/view.js';
import { dateIn } from '../../../../domain/dates.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import type { Executor } from '../../../platform/db/client.js';
import { requireActor } from '../../auth/index.js';
import { requireUnitReader } from '../evaluations.policy.js';
import { loadPopulation } from './context.js';
import { assessmentSettings } from './settings.js';
import { unitAndPeriod } from './set-org-predicate.js';

/** The distribution of a unit's population for a period against its pattern (domain §6). */
export async function unitDistribution(
  db: Executor,
  unitId: string,
  periodId: string,
  rules: DistributionRules,
): Promise<DistributionView> {
  return distributionOf(await loadPopulation(db, unitId, periodId), rules);
}

/** `GET /units/:id/distribution`: heads of the unit and above, hr_admin, agency_head, auditor. */
export async function getDistribution(
  deps: Deps,
  ctx: RequestContext,
  unitId: string,
  q: { periodId: string },
) {
  const actor = requireActor(ctx);
  const db = deps.database.db;
  const { unit, period } = await unitAndPeriod(db, unitId, q.periodId);
  await requireUnitReader(db, actor, unit.id, dateIn(deps.clock.now()));
  const settings = await assessmentSettings(db);
  return unitDistribution(db, unit.id, period.id, settings.distributionRules);
}
