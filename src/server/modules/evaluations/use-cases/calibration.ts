import {
  checkDistribution,
  distributionOf,
  emptyCounts,
} from '../../../../domain/evaluations/distribution.js';
import { predicateFor, RATINGS, type Rating } from '../../../../domain/evaluations/matrix.js';
import type {
  CalibrationPerson,
  CalibrationUnitRow,
  CalibrationView,
} from '../../../../domain/evaluations/view.js';
import { dateIn } from '../../../../domain/dates.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { fieldInvalid } from '../../../platform/errors.js';
import { actorCan, requireActor } from '../../auth/index.js';
import { requireUnitReader } from '../evaluations.policy.js';
import { presentOrg, presentPeriod } from '../evaluations.presenter.js';
import * as repo from '../evaluations.repository.js';
import { loadPopulation } from './context.js';
import { unitDistribution } from './distribution.js';
import { assessmentSettings } from './settings.js';
import { unitAndPeriod } from './set-org-predicate.js';

type UnitEvaluation = Awaited<ReturnType<typeof repo.unitEvaluations>>[number];

/** A person on the board as the evaluation's snapshot has them (the position of the time, not today's). */
const person = (r: UnitEvaluation): CalibrationPerson => ({
  evaluationId: r.evaluation.id,
  employeeId: r.evaluation.employeeId,
  name: r.evaluation.snapshot.employee.name,
  nip: r.evaluation.snapshot.employee.nip,
  positionTitle: r.evaluation.snapshot.employee.positionTitle,
  status: r.evaluation.status,
  resultRating: r.evaluation.resultRating,
  behaviourRating: r.evaluation.behaviourRating,
  predicate:
    r.evaluation.resultRating && r.evaluation.behaviourRating
      ? predicateFor(r.evaluation.resultRating, r.evaluation.behaviourRating)
      : null,
  justification: r.evaluation.justification,
});

/** The calibration board: the 3×3 grid with the unit's evaluations, the pattern and the violations. */
export async function getCalibration(
  deps: Deps,
  ctx: RequestContext,
  unitId: string,
  q: { periodId: string },
): Promise<CalibrationView> {
  const actor = requireActor(ctx);
  const db = deps.database.db;
  const today = dateIn(deps.clock.now());
  const { unit, period } = await unitAndPeriod(db, unitId, q.periodId);
  await requireUnitReader(db, actor, unit.id, today);
  const [settings, population] = await Promise.all([
    assessmentSettings(db),
    loadPopulation(db, unit.id, period.id),
  ]);
  const [org, rows, notStarted] = await Promise.all([
    repo.currentOrgPredicate(db, unit.id, period.id),
    repo.unitEvaluations(db, unit.id, population.childUnitIds, period.id),
    repo.unitNotStarted(db, unit.id, population.childUnitIds, period),
  ]);
  const distribution = distributionOf(population, settings.distributionRules);
  // the unit's own head is shown apart; heads of the child units are part of the population
  const ownHead = (r: UnitEvaluation) => r.evaluation.headsUnit && r.evaluation.unitId === unit.id;
  const people = rows.filter((r) => !ownHead(r)).map(person);
  const leaderRow = rows.find(ownHead);
  const notStartedPeople: CalibrationPerson[] = notStarted.map((n) => ({
    evaluationId: null,
    employeeId: n.employeeId,
    name: n.name,
    nip: n.nip,
    positionTitle: n.positionTitle,
    status: 'not_started',
    resultRating: null,
    behaviourRating: null,
    predicate: null,
    justification: null,
  }));
  const behaviourOrder: Rating[] = ['below', 'meets', 'above'];
  const cells = RATINGS.flatMap((result) =>
    behaviourOrder.map((behaviour) => ({
      resultRating: result,
      behaviourRating: behaviour,
      predicate: predicateFor(result, behaviour),
      people: people.filter((p) => p.resultRating === result && p.behaviourRating === behaviour),
    })),
  );
  const projectedCounts = emptyCounts();
  for (const p of people) if (p.predicate) projectedCounts[p.predicate] += 1;
  const projected = org
    ? {
        total: Object.values(projectedCounts).reduce((a, b) => a + b, 0),
        counts: projectedCounts,
        violations: checkDistribution(org.predicate, projectedCounts, settings.distributionRules),
      }
    : null;
  const me = actor.employeeId;
  const leads = me ? (await repo.ledUnits(db, me, today)).includes(unit.id) : false;
  return {
    unit: { id: unit.id, name: unit.name, code: unit.code, headId: unit.headId, headName: unit.headName },
    period: presentPeriod(period),
    orgPredicate: org ? presentOrg(org) : null,
    distribution,
    projected,
    cells,
    unplaced: [...people.filter((p) => !p.resultRating || !p.behaviourRating), ...notStartedPeople],
    leader: leaderRow ? person(leaderRow) : null,
    justifications: rows.flatMap((r) =>
      r.evaluation.status === 'final' && r.evaluation.justification
        ? [
            {
              evaluationId: r.evaluation.id,
              employeeName: r.evaluation.snapshot.employee.name,
              justification: r.evaluation.justification,
              finalizedAt: r.evaluation.finalizedAt?.toISOString() ?? null,
            },
          ]
        : [],
    ),
    // every reader of the board may open its evaluations (GET /evaluations/:id lets unit heads above read them)
    can: { openEvaluations: leads || actorCan(actor, 'read:agency') || me !== null },
  };
}

/** The units whose board the caller may open, with their predicate and how far the evaluations are. */
export async function listCalibrationUnits(deps: Deps, ctx: RequestContext, q: { periodId: string }) {
  const actor = requireActor(ctx);
  const db = deps.database.db;
  const period = await repo.findPeriod(db, q.periodId);
  if (!period) throw fieldInvalid('periodId', 'evaluation.periodNotInCycle', 'not_found');
  let ids: string[] = [];
  if (actorCan(actor, 'read:agency')) ids = await repo.allUnitIds(db);
  else if (actor.employeeId)
    ids = await repo.subtreesOf(db, await repo.ledUnits(db, actor.employeeId, dateIn(deps.clock.now())));
  const [units, current, settings, counts] = await Promise.all([
    repo.unitsByIds(db, ids),
    repo.currentOrgPredicates(db, ids, period.id),
    assessmentSettings(db),
    repo.evaluationCountsByUnit(db, ids, period.id),
  ]);
  const items: CalibrationUnitRow[] = [];
  for (const u of units.slice(0, 500)) {
    const c = counts.get(u.id) ?? { all: 0, finals: 0 };
    const org = current.get(u.id)?.predicate ?? null;
    // only units with final evaluations and a predicate can break their pattern
    const violations =
      org && c.finals > 0
        ? (await unitDistribution(db, u.id, period.id, settings.distributionRules)).violations.length
        : 0;
    items.push({
      unit: { id: u.id, name: u.name, code: u.code, parentId: u.parentId, headName: u.headName },
      orgPredicate: org,
      total: c.all,
      finals: c.finals,
      violations,
    });
  }
  return { items };
}
