import { targetForPeriod } from '../../../../domain/progress/period-targets.js';
import { entryProblems, assessEntry } from '../../../../domain/progress/rules.js';
import type {
  BulkProgressInput,
  ProgressEntryInput,
  RecordProgressInput,
} from '../../../../domain/progress/schemas.js';
import type { ProgressEntryView } from '../../../../domain/progress/view.js';
import { appendAuditMany, type AuditInput } from '../../../platform/audit.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import type { Tx } from '../../../platform/db/client.js';
import { progressEntries } from '../../../platform/db/schema.js';
import { ValidationError, type FieldIssueInput } from '../../../platform/errors.js';
import { withPlan, type PlanRelation, type PlanRow } from '../../work-plans/index.js';
import { assertCycleOpen } from '../../cycles/index.js';
import { assertPeriodInPlan, assertPeriodOpen, assertRecordable, requireOwner } from '../progress.policy.js';
import { presentEntry } from '../progress.presenter.js';
import * as repo from '../progress.repository.js';
import { periodOfPlan } from './access.js';

interface Prepared {
  input: ProgressEntryInput;
  indicator: repo.IndicatorRow;
}

/** Checks each entry against its indicator; every failing field of every entry is reported at once. */
async function prepareEntries(
  tx: Tx,
  plan: PlanRow,
  entries: ProgressEntryInput[],
  pathOf: (i: number, field: string) => string,
): Promise<Prepared[]> {
  const { indicators } = await repo.planStructure(tx, plan.id);
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const issues: FieldIssueInput[] = [];
  const seen = new Set<string>();
  const prepared: Prepared[] = [];
  entries.forEach((input, i) => {
    const indicator = byId.get(input.indicatorId);
    if (!indicator) {
      issues.push({
        path: pathOf(i, 'indicatorId'),
        code: 'not_in_plan',
        messageKey: 'progress.indicatorNotInPlan',
      });
      return;
    }
    if (seen.has(indicator.id)) {
      issues.push({
        path: pathOf(i, 'indicatorId'),
        code: 'duplicate',
        messageKey: 'progress.duplicateIndicator',
      });
      return;
    }
    seen.add(indicator.id);
    for (const p of entryProblems(indicator, input))
      issues.push({ path: pathOf(i, p.path), code: p.code, messageKey: p.code });
    prepared.push({ input, indicator });
  });
  if (issues.length) throw new ValidationError(issues);
  return prepared;
}

/** Writes checked entries (one statement) with their achievement, audits them, and returns their views. */
export async function insertEntries(
  deps: Deps,
  ctx: RequestContext,
  tx: Tx,
  plan: PlanRow,
  rel: PlanRelation,
  periodId: string,
  prepared: Prepared[],
  now: Date,
  action = 'progress.record',
): Promise<ProgressEntryView[]> {
  if (prepared.length === 0) return [];
  const cap = deps.config.achievementCap;
  // each entry is measured against its period's target (domain §4), not the annual one
  const periods = await repo.periodsOfCycle(tx, plan.cycleId);
  const targetOf = (indicator: repo.IndicatorRow) => targetForPeriod(indicator, plan, periods, periodId);
  const rows = await tx
    .insert(progressEntries)
    .values(
      prepared.map(({ input, indicator }) => ({
        workPlanId: plan.id,
        indicatorId: indicator.id,
        periodId,
        value: input.value,
        text: input.text,
        note: input.note,
        achievement: assessEntry({ ...indicator, target: targetOf(indicator) }, input.value, cap).achievement,
        createdBy: rel.actor.userId,
        createdAt: now,
        updatedAt: now,
      })),
    )
    .returning();
  const audits: AuditInput[] = rows.map((r) => ({
    action,
    entityType: 'progress_entry',
    entityId: r.id,
    after: {
      workPlanId: r.workPlanId,
      indicatorId: r.indicatorId,
      periodId: r.periodId,
      value: r.value,
      text: r.text,
      note: r.note,
      achievement: r.achievement,
      periodTarget: targetOf(prepared.find((p) => p.indicator.id === r.indicatorId)!.indicator),
      cap,
    },
  }));
  await appendAuditMany(tx, ctx, audits, now);
  const withMeta = await repo.entriesByIds(
    tx,
    rows.map((r) => r.id),
  );
  return withMeta.map((e) => presentEntry(e, []));
}

/** Records entries of one period of the caller's approved plan: all or nothing. */
function recordInPeriod(
  deps: Deps,
  ctx: RequestContext,
  planId: string,
  periodId: string,
  entries: ProgressEntryInput[],
  pathOf: (i: number, field: string) => string,
): Promise<ProgressEntryView[]> {
  return withPlan(deps, ctx, planId, async (tx, plan, rel, now) => {
    requireOwner(rel);
    await assertCycleOpen(tx, plan.cycleId, 'record_progress');
    assertRecordable(plan);
    const period = await periodOfPlan(tx, plan, periodId);
    assertPeriodOpen(period);
    assertPeriodInPlan(plan, period);
    const prepared = await prepareEntries(tx, plan, entries, pathOf);
    return insertEntries(deps, ctx, tx, plan, rel, period.id, prepared, now);
  });
}

/** The employee records what was achieved for one indicator in one period of their approved plan. */
export async function recordProgress(
  deps: Deps,
  ctx: RequestContext,
  planId: string,
  input: RecordProgressInput,
) {
  const [view] = await recordInPeriod(deps, ctx, planId, input.periodId, [input], (_i, field) => field);
  return view!;
}

/** Many indicators of one period at once: all or nothing, every failing entry named in `details`. */
export async function recordProgressBulk(
  deps: Deps,
  ctx: RequestContext,
  planId: string,
  input: BulkProgressInput,
) {
  const pathOf = (i: number, field: string) => `entries.${i}.${field}`;
  return { items: await recordInPeriod(deps, ctx, planId, input.periodId, input.entries, pathOf) };
}
