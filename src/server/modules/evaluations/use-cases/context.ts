import type { Member, Population } from '../../../../domain/evaluations/distribution.js';
import {
  annualSuggestionWeighted,
  orgPredicateToResultRating,
} from '../../../../domain/evaluations/suggestion.js';
import type {
  AnnualPrefillView,
  EvaluationResultRow,
  LeaderRuleView,
  ObjectionView,
} from '../../../../domain/evaluations/view.js';
import { monthsWithin } from '../../../../domain/work-plans/in-force.js';
import type { Executor } from '../../../platform/db/client.js';
import { findCycleRow } from '../../cycles/index.js';
import { parentResults, planContent } from '../../work-plans/index.js';
import type { EvaluationRelation } from '../evaluations.policy.js';
import { presentObjection, type EvaluationContext } from '../evaluations.presenter.js';
import * as repo from '../evaluations.repository.js';
import { assessmentSettings, type SettingsInForce } from './settings.js';

/** Loads an evaluation's context once (see `EvaluationContext`). */
export async function loadEvaluationContext(
  db: Executor,
  row: repo.EvaluationRow,
  now: Date,
  opts: { population?: boolean } = {},
): Promise<EvaluationContext> {
  const [period, settings, results, objection, unit] = await Promise.all([
    repo.findPeriod(db, row.periodId),
    assessmentSettings(db),
    evaluationResults(db, row.workPlanId),
    loadObjection(db, row.id),
    repo.findUnit(db, row.unitId),
  ]);
  if (!period) throw new Error(`period ${row.periodId} missing`);
  const cycle = await findCycleRow(db, period.cycleId);
  if (!cycle) throw new Error(`cycle ${period.cycleId} missing`);
  // a final evaluation keeps the level it was counted at; a draft follows who heads the unit now
  const member: Member = {
    unitId: row.unitId,
    headsUnit: row.status === 'final' ? row.headsUnit : unit?.headId === row.employeeId,
  };
  const wantPopulation = opts.population ?? row.status === 'draft';
  const [population, leader, annual] = await Promise.all([
    wantPopulation ? populationJoinedBy(db, member, unit?.parentId ?? null, row.periodId, row.id) : null,
    leaderRule(db, row, settings),
    annualPrefill(db, row, period, settings),
  ]);
  const unitNames = new Map([[row.unitId, unit?.name ?? '']]);
  return {
    row,
    period,
    cycle: { id: cycle.id, startDate: cycle.startDate, endDate: cycle.endDate, status: cycle.status },
    settings,
    results,
    unitNames,
    objection,
    leader,
    annual,
    member,
    population,
  };
}

/** The plan's results (main first) with their indicators and the text of the leader's result each supports. */
export async function evaluationResults(db: Executor, workPlanId: string): Promise<EvaluationResultRow[]> {
  const { results, indicators } = await planContent(db, workPlanId);
  const parents = await parentResults(
    db,
    results.map((r) => r.parentResultId).filter((id): id is string => id !== null),
  );
  const parentText = new Map(parents.map((p) => [p.id, p.text]));
  return results
    .slice()
    .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'main' ? -1 : 1))
    .map((r) => ({
      id: r.id,
      kind: r.kind,
      text: r.text,
      parentText: r.parentResultId ? (parentText.get(r.parentResultId) ?? null) : null,
      indicators: indicators
        .filter((i) => i.resultId === r.id)
        .map((i) => ({
          id: i.id,
          text: i.text,
          target: i.target,
          targetMax: i.targetMax,
          targetText: i.targetText,
          unit: i.unit,
        })),
    }));
}

/** A unit's population for a period (domain §6), without one evaluation (the one being finalised). */
export async function loadPopulation(
  db: Executor,
  unitId: string,
  periodId: string,
  exceptEvaluationId?: string,
): Promise<Population> {
  const [childUnitIds, org] = await Promise.all([
    repo.childUnitIds(db, [unitId]),
    repo.currentOrgPredicate(db, unitId, periodId),
  ]);
  const counts = await repo.populationCounts(db, unitId, childUnitIds, periodId, exceptEvaluationId);
  return { unitId, periodId, childUnitIds, orgPredicate: org?.predicate ?? null, counts };
}

/**
 * The population an evaluation is counted in: its unit's, or — the unit's head — the parent unit's (a top unit's
 * head is on no curve: null).
 */
async function populationJoinedBy(
  db: Executor,
  member: Member,
  parentId: string | null,
  periodId: string,
  evaluationId: string,
): Promise<Population | null> {
  const unitId = member.headsUnit ? parentId : member.unitId;
  return unitId ? loadPopulation(db, unitId, periodId, evaluationId) : null;
}

async function loadObjection(db: Executor, evaluationId: string) {
  const row = await repo.objectionOf(db, evaluationId);
  if (!row) return null;
  const names = await repo.employeeNames(db, row.deciderId ? [row.deciderId] : []);
  return { row, deciderName: row.deciderId ? (names.get(row.deciderId)?.name ?? null) : null };
}

/**
 * The leader rule (domain §5) for an evaluated unit head: the unit they head (the evaluation's own unit first) and
 * the rating mapped from its organisation predicate for the period. Null when the rule is off or they head no unit.
 */
async function leaderRule(
  db: Executor,
  row: repo.EvaluationRow,
  settings: SettingsInForce,
): Promise<LeaderRuleView | null> {
  if (settings.leaderRule === 'off') return null;
  const headed = await repo.unitsHeadedBy(db, row.employeeId);
  const unit = headed.find((u) => u.id === row.unitId) ?? headed[0];
  if (!unit) return null;
  const [org, names] = await Promise.all([
    repo.currentOrgPredicate(db, unit.id, row.periodId),
    repo.unitNames(db, [unit.id]),
  ]);
  return {
    mode: settings.leaderRule,
    unitId: unit.id,
    unitName: names.get(unit.id) ?? '',
    orgPredicate: org?.predicate ?? null,
    rating: org ? orgPredicateToResultRating(org.predicate) : null,
  };
}

/**
 * The annual pre-fill: the final periodic predicates of the employee in the cycle, in order, across every plan of
 * the year, each weighing the months its period covered under its plan.
 */
async function annualPrefill(
  db: Executor,
  row: repo.EvaluationRow,
  period: repo.PeriodRow,
  settings: SettingsInForce,
): Promise<AnnualPrefillView | null> {
  if (period.kind !== 'annual') return null;
  const [evaluated, plans] = await Promise.all([
    repo.finalPeriodicEvaluations(db, row.employeeId, period.cycleId),
    repo.plansOfCycle(db, row.employeeId, period.cycleId),
  ]);
  const periodic = evaluated.map((e) => ({
    evaluationId: e.id,
    periodId: e.periodId,
    label: e.label,
    predicate: e.predicate,
    workPlanId: e.plan.id,
    months: monthsWithin(e.plan, e.periodStart, e.periodEnd),
  }));
  const names = await repo.unitNames(db, [...new Set(plans.map((p) => p.unitId))]);
  return {
    mode: settings.annualSuggestion,
    periodic,
    plans: plans.map((p) => ({
      workPlanId: p.id,
      startDate: p.startDate,
      endDate: p.endDate,
      unitName: names.get(p.unitId) ?? p.snapshot.employee.unitName,
      assessorName: p.snapshot.assessor?.name ?? null,
      months: monthsWithin(p, period.startDate, period.endDate),
    })),
    suggestedPredicate: annualSuggestionWeighted(periodic, settings.annualSuggestion),
  };
}

/** An objection as the caller sees it, with its period's label and the decider's name. */
export async function loadObjectionView(
  db: Executor,
  o: repo.ObjectionRow,
  evaluation: repo.EvaluationRow,
  rel: EvaluationRelation,
  now: Date,
): Promise<ObjectionView> {
  const [period, names, settings] = await Promise.all([
    repo.findPeriod(db, evaluation.periodId),
    repo.employeeNames(db, o.deciderId ? [o.deciderId] : []),
    assessmentSettings(db),
  ]);
  return presentObjection(o, {
    employeeName: evaluation.snapshot.employee.name,
    periodLabel: period?.label ?? '',
    deciderName: o.deciderId ? (names.get(o.deciderId)?.name ?? null) : null,
    me: rel.actor.employeeId,
    assessorId: evaluation.assessorId,
    topDecider: rel.topDecider,
    settings,
    now,
  });
}
