import type { Population } from '../../../../domain/evaluations/distribution.js';
import { annualSuggestion, orgPredicateToResultRating } from '../../../../domain/evaluations/suggestion.js';
import type {
  AnnualPrefillView,
  EvaluationResultRow,
  ObjectionView,
  OfferedRatingView,
} from '../../../../domain/evaluations/view.js';
import { dateIn } from '../../../../domain/dates.js';
import type { Executor } from '../../../platform/db/client.js';
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
  const [period, settings, results, objection] = await Promise.all([
    repo.findPeriod(db, row.periodId),
    assessmentSettings(db),
    evaluationResults(db, row.workPlanId),
    loadObjection(db, row.id),
  ]);
  if (!period) throw new Error(`period ${row.periodId} missing`);
  const population = (opts.population ?? row.status === 'draft') ? await loadPopulationOf(db, row) : null;
  const [offered, annual, unitNames] = await Promise.all([
    offeredRating(db, row, settings, dateIn(now)),
    annualPrefill(db, row, period, settings),
    repo.unitNames(db, [...new Set([row.unitId, ...(population ? [population.unitId] : [])])]),
  ]);
  return { row, period, settings, results, unitNames, objection, offered, annual, population };
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
  const [unit, org] = await Promise.all([
    repo.findUnit(db, unitId),
    repo.currentOrgPredicate(db, unitId, periodId),
  ]);
  const headId = unit?.headId ?? null;
  const counts = await repo.populationCounts(db, unitId, periodId, headId, exceptEvaluationId);
  return { unitId, periodId, headId, orgPredicate: org?.predicate ?? null, counts };
}

/** The population an evaluation joins when finalised: its employee's unit now. */
async function loadPopulationOf(db: Executor, row: repo.EvaluationRow) {
  const person = await repo.employeeUnit(db, row.employeeId);
  return loadPopulation(db, person?.unitId ?? row.unitId, row.periodId, row.id);
}

async function loadObjection(db: Executor, evaluationId: string) {
  const row = await repo.objectionOf(db, evaluationId);
  if (!row) return null;
  const names = await repo.employeeNames(db, row.deciderId ? [row.deciderId] : []);
  return { row, deciderName: row.deciderId ? (names.get(row.deciderId)?.name ?? null) : null };
}

/** The leader rule (domain §5): a unit head is offered their unit's organisation predicate as result rating. */
async function offeredRating(
  db: Executor,
  row: repo.EvaluationRow,
  settings: SettingsInForce,
  today: string,
): Promise<OfferedRatingView | null> {
  if (!settings.leaderRule) return null;
  const led = await repo.ledUnits(db, row.employeeId, today);
  if (led.length === 0) return null;
  const ordered = led.includes(row.unitId) ? [row.unitId, ...led.filter((u) => u !== row.unitId)] : led;
  for (const unitId of ordered) {
    const org = await repo.currentOrgPredicate(db, unitId, row.periodId);
    if (org) {
      const names = await repo.unitNames(db, [unitId]);
      return {
        rating: orgPredicateToResultRating(org.predicate),
        source: 'org_predicate',
        orgPredicate: org.predicate,
        unitId,
        unitName: names.get(unitId) ?? '',
      };
    }
  }
  return null;
}

/** The annual pre-fill: the final periodic predicates of the employee in the cycle, in order. */
async function annualPrefill(
  db: Executor,
  row: repo.EvaluationRow,
  period: repo.PeriodRow,
  settings: SettingsInForce,
): Promise<AnnualPrefillView | null> {
  if (period.kind !== 'annual') return null;
  const periodic = await repo.finalPeriodicPredicates(db, row.employeeId, period.cycleId);
  return {
    mode: settings.annualSuggestion,
    periodic,
    suggestedPredicate: annualSuggestion(
      periodic.map((p) => p.predicate),
      settings.annualSuggestion,
    ),
  };
}

/** An objection as the caller sees it, with its period's label and the decider's name. */
export async function loadObjectionView(
  db: Executor,
  o: repo.ObjectionRow,
  evaluation: repo.EvaluationRow,
  rel: EvaluationRelation,
): Promise<ObjectionView> {
  const [period, names] = await Promise.all([
    repo.findPeriod(db, evaluation.periodId),
    repo.employeeNames(db, o.deciderId ? [o.deciderId] : []),
  ]);
  return presentObjection(o, {
    employeeName: evaluation.snapshot.employee.name,
    periodLabel: period?.label ?? '',
    deciderName: o.deciderId ? (names.get(o.deciderId)?.name ?? null) : null,
    me: rel.actor.employeeId,
    assessorId: evaluation.assessorId,
    topDecider: rel.topDecider,
  });
}
