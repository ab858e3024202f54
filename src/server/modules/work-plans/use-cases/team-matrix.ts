import { and, desc, eq, inArray } from 'drizzle-orm';
import type { AssignOutcome, TeamMatrixView } from '../../../../domain/work-plans/view.js';
import { canTransition } from '../../../../domain/work-plans/status.js';
import { appendAudit } from '../../../platform/audit.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { planResults, workPlans } from '../../../platform/db/schema.js';
import { fieldInvalid } from '../../../platform/errors.js';
import * as repo from '../work-plans.repository.js';
import { planSnapshot, requireEmployeeLink } from './shared.js';

/** Matriks peran hasil: the leader's results × their direct reports, with the subordinates' linked results. */
export async function teamMatrix(deps: Deps, ctx: RequestContext, cycleId: string): Promise<TeamMatrixView> {
  const leaderId = requireEmployeeLink(ctx);
  const { db } = deps.database;
  if (!(await repo.findCycleRow(db, cycleId)))
    throw fieldInvalid('cycleId', 'plan.cycleNotFound', 'not_found');
  const leaderPlan = await repo.findLatestPlan(db, leaderId, cycleId);
  const leaderResults = leaderPlan ? (await repo.planContent(db, leaderPlan.id)).results : [];
  const reports = await repo.directReports(db, leaderId);
  const plans = reports.length
    ? await db
        .select()
        .from(workPlans)
        .where(
          and(
            eq(workPlans.cycleId, cycleId),
            eq(workPlans.isCurrent, true),
            inArray(
              workPlans.employeeId,
              reports.map((r) => r.id),
            ),
          ),
        )
        // each report's latest plan first (after a transfer, the one for this unit)
        .orderBy(desc(workPlans.startDate))
    : [];
  const results = plans.length
    ? await db
        .select()
        .from(planResults)
        .where(
          inArray(
            planResults.workPlanId,
            plans.map((p) => p.id),
          ),
        )
        .orderBy(planResults.position)
    : [];
  const leaderIds = new Set(leaderResults.map((r) => r.id));
  return {
    cycleId,
    leaderPlan: leaderPlan
      ? {
          id: leaderPlan.id,
          status: leaderPlan.status,
          results: leaderResults.map((r) => ({ id: r.id, kind: r.kind, text: r.text })),
        }
      : null,
    subordinates: reports.map((e) => {
      const plan = plans.find((p) => p.employeeId === e.id);
      const mine = plan ? results.filter((r) => r.workPlanId === plan.id) : [];
      const links: TeamMatrixView['subordinates'][number]['links'] = {};
      const pending: TeamMatrixView['subordinates'][number]['pending'] = [];
      for (const r of mine) {
        const item = { id: r.id, text: r.text, kind: r.kind };
        if (r.parentResultId && leaderIds.has(r.parentResultId)) (links[r.parentResultId] ??= []).push(item);
        else pending.push(item);
      }
      return {
        employeeId: e.id,
        name: e.name,
        nip: e.nip,
        positionTitle: e.positionTitle,
        plan: plan ? { id: plan.id, status: plan.status } : null,
        links,
        pending,
      };
    }),
  };
}

export interface AssignInput {
  resultId: string;
  employeeIds: string[];
  kind: 'main' | 'additional';
  text?: string | undefined;
}

/**
 * Cascades one of the leader's results to several direct reports at once: each gets a linked draft result in
 * their plan for the cycle (a draft plan is created where missing). One transaction; one audit entry per change.
 */
export async function assignFromMatrix(deps: Deps, ctx: RequestContext, input: AssignInput) {
  const leaderId = requireEmployeeLink(ctx);
  const now = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    const [leaderResult] = await repo.parentResults(tx, [input.resultId]);
    if (!leaderResult || leaderResult.planEmployeeId !== leaderId || !leaderResult.planIsCurrent) {
      throw fieldInvalid('resultId', 'matrix.resultNotFound', 'not_found');
    }
    const cycleId = leaderResult.planCycleId;
    const cycleStart = (await repo.findCycleRow(tx, cycleId))?.startDate ?? `${now.getUTCFullYear()}-01-01`;
    const text = input.text ?? leaderResult.text;
    const reports = new Set((await repo.directReports(tx, leaderId)).map((r) => r.id));
    const items: AssignOutcome[] = [];
    for (const employeeId of [...new Set(input.employeeIds)]) {
      const outcome: AssignOutcome = {
        employeeId,
        workPlanId: null,
        resultId: null,
        createdPlan: false,
        error: null,
      };
      items.push(outcome);
      if (!reports.has(employeeId)) {
        outcome.error = 'not_direct_report';
        continue;
      }
      let plan = await repo.findLatestPlan(tx, employeeId, cycleId);
      if (!plan) {
        const snapshot = await planSnapshot(tx, employeeId, leaderId);
        const [created] = await tx
          .insert(workPlans)
          .values({
            cycleId,
            employeeId,
            assessorId: leaderId,
            unitId: snapshot.employee.unitId,
            startDate: cycleStart,
            approach: 'quantitative',
            snapshot,
            createdAt: now,
            updatedAt: now,
          })
          .returning();
        plan = created!;
        outcome.createdPlan = true;
        await appendAudit(
          tx,
          ctx,
          {
            action: 'work_plan.create',
            entityType: 'work_plan',
            entityId: plan.id,
            after: { via: 'team_matrix', employeeId, cycleId },
          },
          now,
        );
      }
      outcome.workPlanId = plan.id;
      if (plan.endDate !== null || !canTransition(plan.status, 'edit')) {
        // an ended plan (transfer) is read-only too
        outcome.error = 'not_editable';
        continue;
      }
      if (plan.assessorId !== leaderId) {
        outcome.error = 'different_assessor';
        continue;
      }
      const [row] = await tx
        .insert(planResults)
        .values({
          workPlanId: plan.id,
          kind: input.kind,
          text,
          parentResultId: input.resultId,
          position: await repo.nextResultPosition(tx, plan.id),
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      outcome.resultId = row!.id;
      await tx
        .update(workPlans)
        .set({ version: plan.version + 1, updatedAt: now })
        .where(eq(workPlans.id, plan.id));
      await appendAudit(
        tx,
        ctx,
        {
          action: 'work_plan.result.add',
          entityType: 'work_plan',
          entityId: plan.id,
          after: { ...row, via: 'team_matrix' },
        },
        now,
      );
    }
    return { items };
  });
}
