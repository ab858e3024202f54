import {
  indicatorAchievements,
  periodTargetMap,
  targetPeriods,
} from '../../../../domain/progress/period-targets.js';
import { isNumericIndicator, latestByCell, trendOf, cellKey } from '../../../../domain/progress/rules.js';
import type { GridIndicator, ProgressGridView, ProgressEntryView } from '../../../../domain/progress/view.js';
import { achievementFormula } from '../../../../domain/work-plans/achievement.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import type { Executor } from '../../../platform/db/client.js';
import { canRecord } from '../progress.policy.js';
import { presentEntry } from '../progress.presenter.js';
import * as repo from '../progress.repository.js';
import { viewPlan } from './access.js';

/**
 * The entries that count for a plan version: its own and those of the versions it amends, on indicators it still
 * has (mapped to its copies), newest first.
 */
async function lineageEntries(
  db: Executor,
  planId: string,
  opts: { periodId?: string | undefined; limit?: number; offset?: number } = {},
) {
  const lineage = await repo.indicatorLineage(db, planId);
  const { items, total } = await repo.listEntries(db, [...lineage.keys()], opts);
  return {
    total,
    entries: items.map((meta) => ({
      meta,
      indicatorId: lineage.get(meta.entry.indicatorId)!,
      periodId: meta.entry.periodId,
      seq: meta.entry.seq,
      value: meta.entry.value,
      achievement: meta.entry.achievement,
    })),
  };
}

export async function planEntries(
  db: Executor,
  planId: string,
  opts: { periodId?: string | undefined; limit?: number; offset?: number } = {},
): Promise<{ items: ProgressEntryView[]; total: number }> {
  const { entries, total } = await lineageEntries(db, planId, opts);
  const evidence = await repo.evidenceOf(
    db,
    entries.map((e) => e.meta.entry.id),
  );
  return { items: entries.map((e) => presentEntry(e.meta, evidence, e.indicatorId)), total };
}

export async function listProgress(
  deps: Deps,
  ctx: RequestContext,
  planId: string,
  query: { periodId?: string | undefined; limit: number; offset: number },
) {
  const { plan } = await viewPlan(deps, ctx, planId);
  return planEntries(deps.database.db, plan.id, query);
}

/**
 * The progress grid: results → indicators × the cycle's periods, each cell with its latest entry (the one that
 * counts) and how many were recorded, and each indicator's achievement trend over the periodic periods.
 */
export async function progressGrid(
  deps: Deps,
  ctx: RequestContext,
  planId: string,
  query: { throughPeriodId?: string | undefined } = {},
): Promise<ProgressGridView> {
  const { plan, rel } = await viewPlan(deps, ctx, planId);
  const db = deps.database.db;
  const [structure, periods, { entries }] = await Promise.all([
    repo.planStructure(db, plan.id),
    repo.periodsOfCycle(db, plan.cycleId),
    lineageEntries(db, plan.id),
  ]);
  const cells = latestByCell(entries);
  const evidence = await repo.evidenceOf(
    db,
    [...cells.values()].map((c) => c.latest.meta.entry.id),
  );
  const cap = deps.config.achievementCap;
  const planPeriods = targetPeriods(periods, plan);
  const annualPeriod = periods.find((p) => p.kind === 'annual');
  const indicatorView = (i: repo.IndicatorRow): GridIndicator => {
    const trend = trendOf(i.id, periods, cells);
    const targets = periodTargetMap(i, plan, periods);
    const targetOf = (periodId: string) => (targets.has(periodId) ? targets.get(periodId)! : i.target);
    const valueOf = (periodId: string) => cells.get(cellKey(i.id, periodId))?.latest.value ?? null;
    const figures = indicatorAchievements({
      aggregation: i.aggregation,
      annualTarget: i.target,
      direction: i.direction,
      cap,
      periods: planPeriods.map((p) => ({ periodId: p.id, target: targetOf(p.id), value: valueOf(p.id) })),
      throughPeriodId: query.throughPeriodId,
      // the annual period's own entry stands for the year, unless the grid is read as of an earlier period
      annualValue:
        annualPeriod && (!query.throughPeriodId || query.throughPeriodId === annualPeriod.id)
          ? valueOf(annualPeriod.id)
          : null,
    });
    const latestPoint = [...trend].reverse().find((p) => p.achievement !== null || p.value !== null);
    return {
      id: i.id,
      text: i.text,
      aspect: i.aspect,
      target: i.target,
      targetMax: i.targetMax,
      targetText: i.targetText,
      unit: i.unit,
      direction: i.direction,
      aggregation: i.aggregation,
      numeric: isNumericIndicator(i),
      formula: isNumericIndicator(i) && (i.target ?? 0) > 0 ? achievementFormula(i.direction) : null,
      cells: periods.map((p) => {
        const cell = cells.get(cellKey(i.id, p.id));
        return {
          periodId: p.id,
          target: targetOf(p.id),
          latest: cell ? presentEntry(cell.latest.meta, evidence, i.id) : null,
          entryCount: cell?.count ?? 0,
        };
      }),
      trend,
      latestAchievement: latestPoint?.achievement ?? null,
      toDate: figures.toDate,
      year: figures.year,
    };
  };
  return {
    workPlanId: plan.id,
    cycleId: plan.cycleId,
    status: plan.status,
    isCurrent: plan.isCurrent,
    cap,
    can: { record: canRecord(plan, rel) },
    periods: periods.map((p) => ({
      id: p.id,
      kind: p.kind,
      index: p.index,
      label: p.label,
      startDate: p.startDate,
      endDate: p.endDate,
      progressDeadline: p.progressDeadline,
      status: p.status,
    })),
    results: structure.results.map((r) => ({
      id: r.id,
      kind: r.kind,
      text: r.text,
      indicators: structure.indicators.filter((i) => i.resultId === r.id).map(indicatorView),
    })),
  };
}
