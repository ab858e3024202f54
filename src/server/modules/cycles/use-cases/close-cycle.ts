import { and, eq, sql } from 'drizzle-orm';
import type { CloseCycleInput, ReopenCycleInput } from '../../../../domain/cycles/schemas.js';
import type {
  CycleClosePreview,
  CycleCloseResult,
  CycleOpenCounts,
  CycleView,
} from '../../../../domain/cycles/view.js';
import { missingPeriodicEvaluations } from '../../../../domain/cycles/closing.js';
import { appendAuditMany } from '../../../platform/audit.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import type { Executor } from '../../../platform/db/client.js';
import { cycles, periods } from '../../../platform/db/schema.js';
import { assertVersion, updateVersioned } from '../../../platform/db/steps.js';
import { AppError, notFound } from '../../../platform/errors.js';
import { presentPeriod } from '../cycles.presenter.js';
import { canManageCycles } from '../cycles.policy.js';
import * as repo from '../cycles.repository.js';
import { cycleView } from './load-cycle.js';

/** The most items each list of the close preview shows (the counts say how many there are). */
export const PREVIEW_LIMIT = 50;

/**
 * What is still open in a cycle: plans not approved, draft evaluations, periods of approved plans without a final
 * evaluation (the period belongs to the plan in force at its end, as for evaluations), undecided objections and
 * unlocked periods.
 */
export async function openItems(
  db: Executor,
  cycle: repo.CycleRow,
  limit = PREVIEW_LIMIT,
): Promise<CycleClosePreview> {
  const [plans, drafts, objections, allPeriods, currentPlans, finals] = await Promise.all([
    repo.plansNotApproved(db, cycle.id, limit),
    repo.draftEvaluations(db, cycle.id, limit),
    repo.openObjections(db, cycle.id, limit),
    repo.periodsOf(db, [cycle.id]),
    repo.currentPlansOfCycle(db, cycle.id),
    repo.finalPeriodicEvaluations(db, cycle.id),
  ]);
  const evaluated = new Set(finals.map((f) => `${f.employeeId}:${f.periodId}`));
  const missing = missingPeriodicEvaluations(
    currentPlans,
    allPeriods.filter((p) => p.kind === 'periodic'),
    (employeeId, periodId) => evaluated.has(`${employeeId}:${periodId}`),
  ).map(({ plan, period }) => ({
    planId: plan.planId,
    employeeId: plan.employeeId,
    employeeName: plan.employeeName,
    unitId: plan.unitId,
    unitName: plan.unitName,
    periodId: period.id,
    periodLabel: period.label,
  }));
  const unlocked = allPeriods.filter((p) => p.status === 'open');
  const counts: CycleOpenCounts = {
    plansNotApproved: plans.total,
    periodicDraftEvaluations: drafts.periodic,
    annualDraftEvaluations: drafts.annual,
    missingPeriodicEvaluations: missing.length,
    openObjections: objections.total,
    unlockedPeriods: unlocked.length,
  };
  return {
    cycleId: cycle.id,
    year: cycle.year,
    status: cycle.status,
    version: cycle.version,
    limit,
    counts,
    // periods still open are what the close locks: they do not make the year unfinished
    clean: Object.entries(counts).every(([kind, n]) => kind === 'unlockedPeriods' || n === 0),
    plansNotApproved: plans.items.map((p) => ({
      ...p,
      status: p.status as 'draft' | 'submitted' | 'returned',
    })),
    draftEvaluations: drafts.items,
    missingPeriodicEvaluations: missing.slice(0, limit),
    openObjections: objections.items.map((o) => ({
      ...o,
      status: o.status as 'filed' | 'explanations_requested',
    })),
    unlockedPeriods: unlocked.map((p) => ({ id: p.id, label: p.label, kind: p.kind })),
  };
}

/** `GET /cycles/:id/close-preview` (hr_admin). */
export async function closePreview(deps: Deps, ctx: RequestContext, id: string): Promise<CycleClosePreview> {
  canManageCycles(ctx);
  const db = deps.database.db;
  const cycle = await repo.findCycleRow(db, id);
  if (!cycle) throw notFound();
  return openItems(db, cycle);
}

const cycleAudit = (r: repo.CycleRow) => ({ status: r.status, closedAt: r.closedAt, closedBy: r.closedBy });

/**
 * Closes the year (hr_admin), in one transaction: locks every period still open and marks the cycle closed. Open
 * items do not stop it (HR has seen the preview); what was open is audited and answered. Already closed → 409.
 */
export async function closeCycle(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: CloseCycleInput,
): Promise<CycleCloseResult> {
  canManageCycles(ctx);
  return deps.database.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const existing = await repo.findCycleRowForUpdate(tx, id);
    if (!existing) throw notFound();
    assertVersion(existing, input.version);
    if (existing.status === 'closed')
      throw new AppError(
        'INVALID_TRANSITION',
        'cycle.alreadyClosed',
        { status: 'closed', action: 'close', reason: 'cycle_closed', cycleId: existing.id },
        { year: existing.year },
      );
    const { counts } = await openItems(tx, existing, 0);
    const locked = await tx
      .update(periods)
      .set({ status: 'locked', lockedAt: now, version: sql`${periods.version} + 1`, updatedAt: now })
      .where(and(eq(periods.cycleId, id), eq(periods.status, 'open')))
      .returning();
    await appendAuditMany(
      tx,
      ctx,
      locked.map((p) => ({
        action: 'period.lock',
        entityType: 'period',
        entityId: p.id,
        before: { status: 'open' },
        after: { ...presentPeriod(p), reason: 'cycle.close' },
      })),
      now,
    );
    const row = await updateVersioned(
      tx,
      ctx,
      cycles,
      existing,
      { status: 'closed', closedAt: now, closedBy: ctx.actor?.userId ?? null },
      {
        now,
        audit: {
          action: 'cycle.close',
          entityType: 'cycle',
          snapshot: cycleAudit,
          extra: { openAtClose: counts, lockedPeriods: locked.length, note: input.note || null },
        },
      },
    );
    return { cycle: await cycleView(tx, row, ctx), openAtClose: counts, lockedPeriods: locked.length };
  });
}

/**
 * Reopens a closed year (hr_admin) with a reason (audited). The periods stay locked: HR unlocks the ones that must
 * change with the period unlock. Not closed → 409.
 */
export async function reopenCycle(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: ReopenCycleInput,
): Promise<CycleView> {
  canManageCycles(ctx);
  return deps.database.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const existing = await repo.findCycleRowForUpdate(tx, id);
    if (!existing) throw notFound();
    assertVersion(existing, input.version);
    if (existing.status !== 'closed')
      throw new AppError(
        'INVALID_TRANSITION',
        'cycle.notClosed',
        { status: existing.status, action: 'reopen', reason: 'cycle_not_closed', cycleId: existing.id },
        { year: existing.year },
      );
    const row = await updateVersioned(
      tx,
      ctx,
      cycles,
      existing,
      { status: 'open', closedAt: null, closedBy: null },
      {
        now,
        audit: {
          action: 'cycle.reopen',
          entityType: 'cycle',
          snapshot: cycleAudit,
          extra: { reason: input.reason },
        },
      },
    );
    return cycleView(tx, row, ctx);
  });
}
