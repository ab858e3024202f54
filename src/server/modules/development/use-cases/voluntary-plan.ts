import { dateIn } from '../../../../domain/dates.js';
import { ownFocusAreas } from '../../../../domain/development/focus-areas.js';
import type { VoluntaryPlanInput } from '../../../../domain/development/schemas.js';
import type { DevelopmentPlanDetail } from '../../../../domain/development/view.js';
import { appendAudit } from '../../../platform/audit.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { developmentPlans } from '../../../platform/db/schema.js';
import { AppError, notFound } from '../../../platform/errors.js';
import { requireActor } from '../../auth/index.js';
import * as repo from '../development.repository.js';
import { mayReadDevelopment } from '../development.policy.js';
import { planSnapshot } from '../development.presenter.js';
import { loadPlanDetail } from './load-plan.js';

/**
 * Any employee may keep a voluntary plan (domain §7), for themself only: its assessor (who may agree it) is their
 * supervisor. Someone who may read the employee's plans gets 403, anyone else 404.
 */
export async function createVoluntaryPlan(
  deps: Deps,
  ctx: RequestContext,
  employeeId: string,
  input: VoluntaryPlanInput,
): Promise<DevelopmentPlanDetail> {
  const actor = requireActor(ctx);
  const db = deps.database.db;
  if (actor.employeeId !== employeeId) {
    if (await mayReadDevelopment(db, actor, employeeId))
      throw new AppError('FORBIDDEN', 'development.voluntarySelf');
    throw notFound();
  }
  return db.transaction(async (tx) => {
    const now = deps.clock.now();
    const employee = await repo.supervisorOf(tx, employeeId);
    if (!employee) throw notFound();
    const [row] = await tx
      .insert(developmentPlans)
      .values({
        employeeId,
        source: 'voluntary',
        status: 'open',
        focusAreas: ownFocusAreas(input.focusAreas ?? []),
        note: input.note,
        assessorId: employee.supervisorId,
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
    return loadPlanDetail(tx, row!, { actor, employee: true, assessor: false }, dateIn(now));
  });
}
