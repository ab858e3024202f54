import { and, eq, isNull } from 'drizzle-orm';
import { addDays } from '../../../../domain/cycles/dates.js';
import { inForceOn } from '../../../../domain/work-plans/in-force.js';
import type { CreateTransferInput, TransferView } from '../../../../domain/people/transfers.js';
import { appendAudit } from '../../../platform/audit.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { updateVersioned } from '../../../platform/db/steps.js';
import { employeeTransfers, workPlans } from '../../../platform/db/schema.js';
import { AppError, fieldInvalid, notFound } from '../../../platform/errors.js';
import { actorCan, requireActor } from '../../auth/index.js';
import { notify, texts } from '../../notifications/index.js';
import { findEmployeeRow, moveEmployee } from '../../org/index.js';
import { seesAgency } from '../work-plans.policy.js';
import * as repo from '../work-plans.repository.js';
import { planSnapshot } from './shared.js';

const refused = (
  reason: string,
  key: 'transfer.beforePlanStart' | 'transfer.laterPlan' | 'transfer.cycleClosed',
  vars: Record<string, string>,
) => new AppError('INVALID_TRANSITION', key, { action: 'transfer', reason, ...vars }, vars);

export function presentTransfer(r: repo.TransferListRow): TransferView {
  const t = r.t;
  return {
    id: t.id,
    employeeId: t.employeeId,
    cycleId: t.cycleId,
    effectiveDate: t.effectiveDate,
    fromUnit: { id: t.fromUnitId, name: r.fromUnitName },
    toUnit: { id: t.toUnitId, name: r.toUnitName },
    fromSupervisor: t.fromSupervisorId ? { id: t.fromSupervisorId, name: r.fromSupervisorName ?? '' } : null,
    toSupervisor: t.toSupervisorId ? { id: t.toSupervisorId, name: r.toSupervisorName ?? '' } : null,
    endedPlanId: t.endedPlanId,
    newPlanId: t.newPlanId,
    positionTitle: t.positionTitle,
    note: t.note,
    createdAt: t.createdAt.toISOString(),
  };
}

/**
 * A transfer (mutasi, HR): in one transaction the plan in force ends the day before `effectiveDate` (status kept,
 * read-only), the employee moves to the new unit and supervisor (and title), a draft plan for the new unit opens
 * from `effectiveDate` with the new supervisor as assessor, and the transfer is recorded, audited and notified.
 */
export async function transferEmployee(
  deps: Deps,
  ctx: RequestContext,
  employeeId: string,
  input: CreateTransferInput,
): Promise<TransferView> {
  const actor = requireActor(ctx);
  if (!actorCan(actor, 'transfer:employee')) throw new AppError('FORBIDDEN');
  const now = deps.clock.now();
  const day = input.effectiveDate;
  return deps.database.db.transaction(async (tx) => {
    const employee = await findEmployeeRow(tx, employeeId);
    if (!employee) throw notFound();
    const cycle = await repo.openCycleOn(tx, day);
    if (!cycle) {
      const closed = await repo.cycleOn(tx, day);
      if (closed)
        throw refused('cycle_closed', 'transfer.cycleClosed', {
          effectiveDate: day,
          year: String(closed.year),
        });
      throw fieldInvalid('effectiveDate', 'transfer.noOpenCycle', 'not_in_open_cycle');
    }
    const plans = await repo.currentPlans(tx, employeeId, cycle.id);
    const inForce = plans.find((p) => inForceOn(p, day));
    if (inForce && day <= inForce.startDate)
      throw refused('before_plan_start', 'transfer.beforePlanStart', {
        effectiveDate: day,
        planStartDate: inForce.startDate,
      });
    const later = plans.find((p) => p.startDate > day);
    if (later)
      throw refused('later_plan', 'transfer.laterPlan', {
        effectiveDate: day,
        planStartDate: later.startDate,
      });

    // End the plan in force (and its open amendment, which would otherwise come into force without an end).
    let endedPlanId: string | null = null;
    if (inForce) {
      const locked = (await repo.lockPlan(tx, inForce.id))!;
      const endDate = addDays(day, -1);
      await updateVersioned(
        tx,
        ctx,
        workPlans,
        locked,
        { endDate },
        {
          now,
          audit: {
            action: 'work_plan.end',
            entityType: 'work_plan',
            snapshot: (r) => ({ startDate: r.startDate, endDate: r.endDate, status: r.status }),
            extra: { reason: 'transfer', effectiveDate: day },
          },
        },
      );
      await tx
        .update(workPlans)
        .set({ endDate, updatedAt: now })
        .where(and(eq(workPlans.amendsId, inForce.id), isNull(workPlans.endDate)));
      endedPlanId = inForce.id;
    }

    const { before } = await moveEmployee(
      tx,
      ctx,
      employeeId,
      { unitId: input.unitId, supervisorId: input.supervisorId, positionTitle: input.positionTitle },
      now,
    );
    const snapshot = await planSnapshot(tx, employeeId, input.supervisorId);
    const [plan] = await tx
      .insert(workPlans)
      .values({
        cycleId: cycle.id,
        employeeId,
        assessorId: input.supervisorId,
        unitId: input.unitId,
        startDate: day,
        approach: inForce?.approach ?? 'quantitative',
        snapshot,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await appendAudit(
      tx,
      ctx,
      {
        action: 'work_plan.create',
        entityType: 'work_plan',
        entityId: plan!.id,
        after: { startDate: day, unitId: input.unitId, assessorId: input.supervisorId, reason: 'transfer' },
      },
      now,
    );
    const [row] = await tx
      .insert(employeeTransfers)
      .values({
        employeeId,
        cycleId: cycle.id,
        effectiveDate: day,
        fromUnitId: before.unitId,
        toUnitId: input.unitId,
        fromSupervisorId: before.supervisorId,
        toSupervisorId: input.supervisorId,
        endedPlanId,
        newPlanId: plan!.id,
        positionTitle: input.positionTitle ?? null,
        note: input.note ?? null,
        createdBy: actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: employeeTransfers.id });
    const view = presentTransfer((await repo.listTransfers(tx, employeeId)).find((r) => r.t.id === row!.id)!);
    await appendAudit(
      tx,
      ctx,
      { action: 'employee.transfer', entityType: 'employee', entityId: employeeId, after: view },
      now,
    );
    await notify(tx, {
      ...texts.transferred({ planId: plan!.id, unitName: view.toUnit.name, effectiveDate: day }),
      employeeIds: [employeeId],
      exceptUserId: actor.userId,
      at: now,
    });
    if (input.supervisorId)
      await notify(tx, {
        ...texts.transferredIn({
          planId: plan!.id,
          employeeName: snapshot.employee.name,
          unitName: view.toUnit.name,
          effectiveDate: day,
        }),
        employeeIds: [input.supervisorId],
        exceptUserId: actor.userId,
        at: now,
      });
    return view;
  });
}

/** The employee's transfers: for the employee, anyone above them (now or in a transfer), HR and readers. */
export async function listEmployeeTransfers(deps: Deps, ctx: RequestContext, employeeId: string) {
  const actor = requireActor(ctx);
  const { db } = deps.database;
  if (!(await findEmployeeRow(db, employeeId))) throw notFound();
  const rows = await repo.listTransfers(db, employeeId);
  const me = actor.employeeId;
  const allowed =
    seesAgency(actor) ||
    (me !== null &&
      (me === employeeId ||
        rows.some((r) => r.t.fromSupervisorId === me || r.t.toSupervisorId === me) ||
        (await repo.supervisorsAbove(db, employeeId)).includes(me)));
  if (!allowed) throw new AppError('FORBIDDEN');
  return { items: rows.map(presentTransfer) };
}
