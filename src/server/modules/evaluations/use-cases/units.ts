import { checkDistribution } from '../../../../domain/evaluations/distribution.js';
import { predicateFor, RATINGS, type Predicate, type Rating } from '../../../../domain/evaluations/matrix.js';
import type { OrgPredicate } from '../../../../domain/evaluations/suggestion.js';
import type {
  CalibrationPerson,
  CalibrationUnitRow,
  CalibrationView,
  OrgPredicateHistoryView,
  OrgPredicateUnitRow,
  OrgPredicateView,
} from '../../../../domain/evaluations/view.js';
import { dateIn } from '../../../../domain/dates.js';
import { appendAudit } from '../../../platform/audit.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import type { Executor } from '../../../platform/db/client.js';
import { orgPredicates } from '../../../platform/db/schema.js';
import { AppError, fieldInvalid, notFound } from '../../../platform/errors.js';
import { requireActor } from '../../auth/index.js';
import { canSetOrgPredicate, hasRole, requireUnitReader } from '../evaluations.policy.js';
import { presentPeriod } from '../evaluations.presenter.js';
import * as repo from '../evaluations.repository.js';
import { unitDistribution } from './distribution-core.js';
import { assessmentSettings } from './settings.js';

const presentOrg = (r: repo.OrgPredicateRow): OrgPredicateView => ({
  id: r.id,
  unitId: r.unitId,
  periodId: r.periodId,
  predicate: r.predicate,
  basis: r.basis,
  setBy: r.setBy,
  setByName: r.setByName,
  setAt: r.createdAt.toISOString(),
});

async function unitAndPeriod(db: Executor, unitId: string, periodId: string) {
  const unit = await repo.findUnit(db, unitId);
  if (!unit) throw notFound();
  const period = await repo.findPeriod(db, periodId);
  if (!period) throw fieldInvalid('periodId', 'evaluation.periodNotInCycle', 'not_found');
  return { unit, period };
}

/** The head of the parent unit (or acting head), or HR, sets the unit's organisation predicate; history is kept. */
export async function putOrgPredicate(
  deps: Deps,
  ctx: RequestContext,
  unitId: string,
  periodId: string,
  input: { predicate: OrgPredicate; basis?: string | null | undefined },
) {
  const actor = requireActor(ctx);
  return deps.database.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const { unit, period } = await unitAndPeriod(tx, unitId, periodId);
    if (!(await canSetOrgPredicate(tx, actor, unit, dateIn(now))))
      throw new AppError('FORBIDDEN', 'orgPredicate.forbidden');
    const before = await repo.currentOrgPredicate(tx, unit.id, period.id);
    const names = await repo.employeeNames(tx, actor.employeeId ? [actor.employeeId] : []);
    const [row] = await tx
      .insert(orgPredicates)
      .values({
        unitId: unit.id,
        periodId: period.id,
        predicate: input.predicate,
        basis: input.basis ?? null,
        setBy: actor.userId,
        setByName: names.get(actor.employeeId ?? '')?.name ?? actor.username,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await appendAudit(
      tx,
      ctx,
      {
        action: 'org_predicate.set',
        entityType: 'org_predicate',
        entityId: row!.id,
        before: before ? { predicate: before.predicate, basis: before.basis } : null,
        after: { unitId: unit.id, periodId: period.id, predicate: row!.predicate, basis: row!.basis },
      },
      now,
    );
    return presentOrg(row!);
  });
}

export async function getOrgPredicate(
  deps: Deps,
  ctx: RequestContext,
  unitId: string,
  periodId: string,
): Promise<OrgPredicateHistoryView> {
  const actor = requireActor(ctx);
  const db = deps.database.db;
  const { unit, period } = await unitAndPeriod(db, unitId, periodId);
  const history = (await repo.orgPredicateHistory(db, unit.id, period.id)).map(presentOrg);
  return {
    unitId: unit.id,
    periodId: period.id,
    current: history[0] ?? null,
    history,
    canSet: await canSetOrgPredicate(db, actor, unit, dateIn(deps.clock.now())),
  };
}

/** Capaian Organisasi: the units whose predicate the caller may set (children of the units they lead; all for HR). */
export async function listOrgPredicateUnits(
  deps: Deps,
  ctx: RequestContext,
  q: { periodId: string },
): Promise<{ items: OrgPredicateUnitRow[] }> {
  const actor = requireActor(ctx);
  const db = deps.database.db;
  const period = await repo.findPeriod(db, q.periodId);
  if (!period) throw fieldInvalid('periodId', 'evaluation.periodNotInCycle', 'not_found');
  let ids: string[];
  if (actor.roles.includes('hr_admin')) ids = await repo.allUnitIds(db);
  else if (actor.employeeId)
    ids = await repo.childUnitIds(db, await repo.ledUnits(db, actor.employeeId, dateIn(deps.clock.now())));
  else ids = [];
  const units = await repo.unitsByIds(db, ids);
  const current = await repo.currentOrgPredicates(db, ids, period.id);
  return {
    items: units.map((u) => {
      const c = current.get(u.id);
      return {
        unit: { id: u.id, name: u.name, code: u.code, parentId: u.parentId, headName: u.headName },
        current: c ? presentOrg(c) : null,
      };
    }),
  };
}

export async function getDistribution(
  deps: Deps,
  ctx: RequestContext,
  unitId: string,
  q: { periodId: string },
) {
  const actor = requireActor(ctx);
  const db = deps.database.db;
  const { unit, period } = await unitAndPeriod(db, unitId, q.periodId);
  await requireUnitReader(db, actor, unit.id, dateIn(deps.clock.now()));
  const settings = await assessmentSettings(db);
  return unitDistribution(db, unit.id, period.id, settings.distributionRules);
}

/** The calibration board: the 3×3 grid with the unit's evaluations, the pattern and the violations. */
export async function getCalibration(
  deps: Deps,
  ctx: RequestContext,
  unitId: string,
  q: { periodId: string },
): Promise<CalibrationView> {
  const actor = requireActor(ctx);
  const db = deps.database.db;
  const { unit, period } = await unitAndPeriod(db, unitId, q.periodId);
  await requireUnitReader(db, actor, unit.id, dateIn(deps.clock.now()));
  const settings = await assessmentSettings(db);
  const [distribution, org, rows, notStarted] = await Promise.all([
    unitDistribution(db, unit.id, period.id, settings.distributionRules),
    repo.currentOrgPredicate(db, unit.id, period.id),
    repo.unitEvaluations(db, unit.id, period.id),
    repo.unitNotStarted(db, unit.id, period),
  ]);
  const person = (r: (typeof rows)[number]): CalibrationPerson => ({
    evaluationId: r.evaluation.id,
    employeeId: r.evaluation.employeeId,
    name: r.name,
    nip: r.nip,
    positionTitle: r.positionTitle,
    status: r.evaluation.status,
    resultRating: r.evaluation.resultRating,
    behaviourRating: r.evaluation.behaviourRating,
    predicate:
      r.evaluation.resultRating && r.evaluation.behaviourRating
        ? predicateFor(r.evaluation.resultRating, r.evaluation.behaviourRating)
        : null,
    justification: r.evaluation.justification,
  });
  const people = rows.filter((r) => r.evaluation.employeeId !== unit.headId).map(person);
  const leaderRow = rows.find((r) => r.evaluation.employeeId === unit.headId);
  const notStartedPeople: CalibrationPerson[] = notStarted
    .filter((n) => n.employeeId !== unit.headId)
    .map((n) => ({
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
  const projectedCounts: Record<Predicate, number> = {
    sangat_baik: 0,
    baik: 0,
    butuh_perbaikan: 0,
    kurang: 0,
    sangat_kurang: 0,
  };
  for (const p of people) if (p.predicate) projectedCounts[p.predicate] += 1;
  const projected = org
    ? {
        total: Object.values(projectedCounts).reduce((a, b) => a + b, 0),
        counts: projectedCounts,
        violations: checkDistribution(org.predicate, projectedCounts, settings.distributionRules),
      }
    : null;
  const me = actor.employeeId;
  const leads = me ? (await repo.ledUnits(db, me, dateIn(deps.clock.now()))).includes(unit.id) : false;
  return {
    unit: { id: unit.id, name: unit.name, code: unit.code, headId: unit.headId, headName: unit.headName },
    period: presentPeriod(period),
    orgPredicate: org ? presentOrg(org) : null,
    distribution,
    projected,
    cells,
    unplaced: [...people.filter((p) => !p.resultRating || !p.behaviourRating), ...notStartedPeople],
    leader: leaderRow ? person(leaderRow) : null,
    justifications: rows
      .filter((r) => r.evaluation.status === 'final' && r.evaluation.justification)
      .map((r) => ({
        evaluationId: r.evaluation.id,
        employeeName: r.name,
        justification: r.evaluation.justification!,
        finalizedAt: r.evaluation.finalizedAt?.toISOString() ?? null,
      })),
    // every reader of the board may open its evaluations (GET /evaluations/:id lets unit heads above read them)
    canOpenEvaluations: leads || hasRole(actor, 'hr_admin', 'agency_head', 'auditor') || me !== null,
  };
}

/** The units whose board the caller may open, with their predicate and how far the evaluations are. */
export async function listCalibrationUnits(deps: Deps, ctx: RequestContext, q: { periodId: string }) {
  const actor = requireActor(ctx);
  const db = deps.database.db;
  const period = await repo.findPeriod(db, q.periodId);
  if (!period) throw fieldInvalid('periodId', 'evaluation.periodNotInCycle', 'not_found');
  let ids: string[];
  if (hasRole(actor, 'hr_admin', 'agency_head', 'auditor')) ids = await repo.allUnitIds(db);
  else if (actor.employeeId)
    ids = await repo.subtreesOf(db, await repo.ledUnits(db, actor.employeeId, dateIn(deps.clock.now())));
  else ids = [];
  const units = await repo.unitsByIds(db, ids);
  const current = await repo.currentOrgPredicates(db, ids, period.id);
  const settings = await assessmentSettings(db);
  const counts = await repo.evaluationCountsByUnit(db, ids, period.id);
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
