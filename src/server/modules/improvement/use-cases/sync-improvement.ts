import { eq } from 'drizzle-orm';
import {
  improvementActions,
  isPoorForImprovement,
  type ImprovementAction,
} from '../../../../domain/evaluations/improvement.js';
import type { EscalationHistory } from '../../../../domain/evaluations/improvement-view.js';
import type { Predicate } from '../../../../domain/evaluations/matrix.js';
import { PREDICATE_LABELS } from '../../../../domain/evaluations/matrix.js';
import { appendAudit } from '../../../platform/audit.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Tx } from '../../../platform/db/client.js';
import { escalations, improvementPeriods } from '../../../platform/db/schema.js';
import { advisoryLock, updateVersioned } from '../../../platform/db/steps.js';
import { notify } from '../../notifications/index.js';
import { periodAudit } from '../improvement.presenter.js';
import * as repo from '../improvement.repository.js';
import { improvementTexts } from '../improvement.texts.js';
import { improvementSettings } from './settings.js';

/** What the finalising (or objection-deciding) transaction passes: the evaluation as it now stands. */
export interface ImprovementSource {
  id: string;
  employeeId: string;
  periodId: string;
  status: 'draft' | 'final';
  predicate: Predicate | null;
  finalizedAt: Date | null;
}

const WHOLE_PERIOD = { entityType: 'improvement_period', snapshot: periodAudit };

/**
 * Inside the transaction that finalises an evaluation or changes its predicate (like `syncDevelopmentPlan`, and
 * after it, so the evaluation's development plan exists): opens the improvement period a poor annual result calls
 * for (linked to that plan), escalates the open period a further poor result falls in, closes the period whose
 * opening evaluation is no longer poor. Each change is audited; the employee is told of a new period, the agency
 * heads and HR of an escalation.
 */
export async function syncImprovement(tx: Tx, ctx: RequestContext, src: ImprovementSource, now: Date) {
  // most finalisations are not poor and opened no period: one indexed read and nothing more
  const poor = src.status === 'final' && isPoorForImprovement(src.predicate);
  if (!poor && !(await repo.hasPeriodOpenedBy(tx, src.id))) return;
  const period = await repo.periodOf(tx, src.periodId);
  if (!period) return;
  // one employee's periods change one step at a time
  await advisoryLock(tx, `improvement:${src.employeeId}`);
  const settings = await improvementSettings(tx);
  const stored = await repo.periodsOfEmployee(tx, src.employeeId);
  const actions = improvementActions(
    {
      id: src.id,
      kind: period.kind,
      status: src.status,
      predicate: src.predicate,
      finalizedAt: src.finalizedAt,
    },
    stored,
    settings,
  );
  for (const action of actions) await apply(tx, ctx, src, period.label, action, now);
}

async function apply(
  tx: Tx,
  ctx: RequestContext,
  src: ImprovementSource,
  periodLabel: string,
  action: ImprovementAction,
  now: Date,
) {
  switch (action.kind) {
    case 'open': {
      const [row] = await tx
        .insert(improvementPeriods)
        .values({
          employeeId: src.employeeId,
          evaluationId: src.id,
          developmentPlanId: await repo.planOfEvaluation(tx, src.id),
          startDate: action.startDate,
          endDate: action.endDate,
          status: 'open',
          createdAt: now,
          updatedAt: now,
        })
        .onConflictDoNothing({ target: improvementPeriods.evaluationId })
        .returning();
      if (!row) return; // already opened (the unique index): never a second period for one evaluation
      await appendAudit(
        tx,
        ctx,
        {
          action: 'improvement_period.open',
          entityType: 'improvement_period',
          entityId: row.id,
          after: periodAudit(row),
        },
        now,
      );
      await notify(tx, {
        ...improvementTexts.opened({
          periodId: row.id,
          startDate: row.startDate,
          endDate: row.endDate,
          periodLabel,
        }),
        employeeIds: [src.employeeId],
        dedupeKey: `improvement.opened:${row.id}`,
        at: now,
      });
      return;
    }
    case 'reopen': {
      const row = await repo.lockPeriod(tx, action.periodId);
      if (!row) return;
      await updateVersioned(
        tx,
        ctx,
        improvementPeriods,
        row,
        {
          status: 'open',
          startDate: action.startDate,
          endDate: action.endDate,
          closedAt: null,
          note: null,
          developmentPlanId: row.developmentPlanId ?? (await repo.planOfEvaluation(tx, src.id)),
        },
        { now, audit: { action: 'improvement_period.reopen', ...WHOLE_PERIOD } },
      );
      return;
    }
    case 'close': {
      const row = await repo.lockPeriod(tx, action.periodId);
      if (!row) return;
      const predicate = src.predicate ? PREDICATE_LABELS[src.predicate] : '-';
      await updateVersioned(
        tx,
        ctx,
        improvementPeriods,
        row,
        {
          status: 'closed',
          closedAt: now,
          note:
            src.status === 'final'
              ? `Predikat evaluasi pembuka berubah menjadi ${predicate}.`
              : 'Evaluasi pembuka tidak lagi final.',
        },
        { now, audit: { action: 'improvement_period.close', ...WHOLE_PERIOD } },
      );
      return;
    }
    case 'escalate':
      await escalate(tx, ctx, src, periodLabel, action.periodId, now);
  }
}

async function escalate(
  tx: Tx,
  ctx: RequestContext,
  src: ImprovementSource,
  periodLabel: string,
  periodId: string,
  now: Date,
) {
  // the same evaluation re-finalised or changed again: one escalation is enough
  if (await repo.escalationOfEvaluation(tx, src.id)) return;
  const period = await repo.lockPeriod(tx, periodId);
  if (!period) return;
  const [opening, further] = await Promise.all([
    repo.historyEvaluation(tx, period.evaluationId),
    repo.historyEvaluation(tx, src.id),
  ]);
  if (!opening || !further) return;
  const plans = await repo.plansSince(
    tx,
    src.employeeId,
    opening.finalizedAt ?? period.createdAt,
    period.developmentPlanId,
  );
  const earlier = await tx
    .select({ id: escalations.id, evaluationId: escalations.evaluationId, decision: escalations.decision })
    .from(escalations)
    .where(eq(escalations.improvementPeriodId, period.id));
  const toView = (e: NonNullable<typeof opening>) => ({
    ...e,
    finalizedAt: e.finalizedAt ? e.finalizedAt.toISOString() : null,
  });
  const history: EscalationHistory = {
    opening: toView(opening),
    further: toView(further),
    improvementPeriod: { id: period.id, startDate: period.startDate, endDate: period.endDate },
    developmentPlans: plans.map(({ plan, periodLabel: label, items }) => ({
      id: plan.id,
      source: plan.source,
      periodLabel: label,
      predicate: plan.predicate,
      status: plan.status,
      createdAt: plan.createdAt.toISOString(),
      items,
      agreedByEmployeeAt: plan.agreedByEmployeeAt ? plan.agreedByEmployeeAt.toISOString() : null,
      agreedByAssessorAt: plan.agreedByAssessorAt ? plan.agreedByAssessorAt.toISOString() : null,
    })),
    earlierEscalations: earlier,
  };
  const [row] = await tx
    .insert(escalations)
    .values({
      improvementPeriodId: period.id,
      employeeId: src.employeeId,
      evaluationId: src.id,
      history,
      status: 'open',
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoNothing({ target: escalations.evaluationId })
    .returning();
  if (!row) return;
  await appendAudit(
    tx,
    ctx,
    {
      action: 'escalation.raise',
      entityType: 'escalation',
      entityId: row.id,
      after: { improvementPeriodId: period.id, employeeId: src.employeeId, evaluationId: src.id, history },
    },
    now,
  );
  if (period.status !== 'escalated')
    await updateVersioned(
      tx,
      ctx,
      improvementPeriods,
      period,
      { status: 'escalated' },
      {
        now,
        audit: { action: 'improvement_period.escalate', ...WHOLE_PERIOD, extra: { escalationId: row.id } },
      },
    );
  const employeeName = (await repo.employeeName(tx, src.employeeId)) ?? '';
  await notify(tx, {
    ...improvementTexts.raised({ escalationId: row.id, employeeName, periodLabel }),
    userIds: await repo.escalationRecipients(tx),
    exceptUserId: ctx.actor?.userId ?? null,
    dedupeKey: `escalation.raised:${row.id}`,
    at: now,
  });
}
