import type { OrgPredicate } from '../../../../domain/evaluations/suggestion.js';
import { dateIn } from '../../../../domain/dates.js';
import { appendAudit } from '../../../platform/audit.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import type { Executor } from '../../../platform/db/client.js';
import { orgPredicates } from '../../../platform/db/schema.js';
import { AppError, fieldInvalid, notFound } from '../../../platform/errors.js';
import { requireActor } from '../../auth/index.js';
import { canSetOrgPredicate } from '../evaluations.policy.js';
import { presentOrg } from '../evaluations.presenter.js';
import { findCycleRow } from '../../cycles/index.js';
import { assertWritable } from './steps.js';
import * as repo from '../evaluations.repository.js';

/** The unit (404) and the period (400 on `periodId`) a unit-level request names. */
export async function unitAndPeriod(db: Executor, unitId: string, periodId: string) {
  const unit = await repo.findUnit(db, unitId);
  if (!unit) throw notFound();
  const period = await repo.findPeriod(db, periodId);
  if (!period) throw fieldInvalid('periodId', 'evaluation.periodNotInCycle', 'not_found');
  return { unit, period };
}

/**
 * The head (or acting head) of the parent unit, or HR, sets the unit's organisation predicate for a period. Every
 * setting is kept (append-only history); the latest is in force.
 */
export async function putOrgPredicate(
  deps: Deps,
  ctx: RequestContext,
  unitId: string,
  periodId: string,
  input: { predicate: OrgPredicate; basis?: string | null | undefined },
) {
  const actor = requireActor(ctx);
  return deps.database.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const { unit, period } = await unitAndPeriod(tx, unitId, periodId);
    if (!(await canSetOrgPredicate(tx, actor, unit, dateIn(now))))
      throw new AppError('FORBIDDEN', 'orgPredicate.forbidden');
    const cycle = await findCycleRow(tx, period.cycleId);
    if (cycle) assertWritable({ period, cycle }, 'set_org_predicate');
    const before = await repo.currentOrgPredicate(tx, unit.id, period.id);
    const names = await repo.employeeNames(tx, actor.employeeId ? [actor.employeeId] : []);
    const [row] = await tx
      .insert(orgPredicates)
      .values({
        unitId: unit.id,
        periodId: period.id,
        predicate: input.predicate,
        basis: input.basis ?? null,
        setBy: actor.userId,
        setByName: names.get(actor.employeeId ?? '')?.name ?? actor.username,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new Error('insert returned no row');
    await appendAudit(
      tx,
      ctx,
      {
        action: 'org_predicate.set',
        entityType: 'org_predicate',
        entityId: row.id,
        before: before ? { predicate: before.predicate, basis: before.basis } : null,
        after: { unitId: unit.id, periodId: period.id, predicate: row.predicate, basis: row.basis },
      },
      now,
    );
    return presentOrg(row);
  });
}
