import type { OrgPredicateHistoryView, OrgPredicateUnitRow } from '../../../../domain/evaluations/view.js';
import { dateIn } from '../../../../domain/dates.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { fieldInvalid } from '../../../platform/errors.js';
import { actorCan, requireActor } from '../../auth/index.js';
import { canSetOrgPredicate, requireUnitReader } from '../evaluations.policy.js';
import { presentOrg } from '../evaluations.presenter.js';
import * as repo from '../evaluations.repository.js';
import { unitAndPeriod } from './set-org-predicate.js';

/**
 * The predicate in force for a unit and period, its history, and whether the caller may set it: for the readers of the
 * unit's assessment (heads of the unit and above, `read:agency`), others 403. The predicate of a unit whose head is
 * evaluated is that head's result rating (domain §5), so it is no more public than the distribution.
 */
export async function getOrgPredicate(
  deps: Deps,
  ctx: RequestContext,
  unitId: string,
  periodId: string,
): Promise<OrgPredicateHistoryView> {
  const actor = requireActor(ctx);
  const db = deps.database.db;
  const { unit, period } = await unitAndPeriod(db, unitId, periodId);
  await requireUnitReader(db, actor, unit.id, dateIn(deps.clock.now()));
  const history = (await repo.orgPredicateHistory(db, unit.id, period.id)).map(presentOrg);
  return {
    unitId: unit.id,
    periodId: period.id,
    current: history[0] ?? null,
    history,
    can: { set: await canSetOrgPredicate(db, actor, unit, dateIn(deps.clock.now())) },
  };
}

/**
 * Capaian Organisasi: the units whose predicate the caller may set (children of the units they lead; the top units
 * for the agency head; all for HR).
 */
export async function listOrgPredicateUnits(
  deps: Deps,
  ctx: RequestContext,
  q: { periodId: string },
): Promise<{ items: OrgPredicateUnitRow[] }> {
  const actor = requireActor(ctx);
  const db = deps.database.db;
  const period = await repo.findPeriod(db, q.periodId);
  if (!period) throw fieldInvalid('periodId', 'evaluation.periodNotInCycle', 'not_found');
  let ids: string[] = [];
  if (actorCan(actor, 'set:org-predicate')) ids = await repo.allUnitIds(db);
  else {
    if (actor.employeeId)
      ids = await repo.childUnitIds(db, await repo.ledUnits(db, actor.employeeId, dateIn(deps.clock.now())));
    if (actorCan(actor, 'assess:top')) ids = [...new Set([...ids, ...(await repo.topUnitIds(db))])];
  }
  const [units, current] = await Promise.all([
    repo.unitsByIds(db, ids),
    repo.currentOrgPredicates(db, ids, period.id),
  ]);
  return {
    items: units.map((u) => {
      const c = current.get(u.id);
      return {
        unit: { id: u.id, name: u.name, code: u.code, parentId: u.parentId, headName: u.headName },
        current: c ? presentOrg(c) : null,
      };
    }),
  };
}
