import type { DistributionView } from '../../../../domain/evaluations/view.js';
import { dateIn } from '../../../../domain/dates.js';
import type { RequestContext } from '../../../platform/context.js';
import { AppError } from '../../../platform/errors.js';
import type { Deps } from '../../../platform/deps.js';
import { requireActor } from '../../auth/index.js';
import { findCycleRow } from '../../cycles/index.js';
import { actingOn } from '../../org/index.js';
import { personSnapshot } from '../../work-plans/index.js';
import {
  renderEvaluationDocument,
  renderObjectionDecisionDocument,
  renderPenetapanDocument,
} from '../../documents/index.js';
import { listFeedback } from '../../feedback/index.js';
import { planEntries, progressGrid } from '../../progress/index.js';
import { canReadUnitAssessment } from '../evaluations.policy.js';
import * as repo from '../evaluations.repository.js';
import { getCalibration } from './calibration.js';
import { unitDistribution } from './distribution.js';
import { getEvaluation } from './read-evaluations.js';
import { getObjection } from './read-objections.js';
import { assessmentSettings } from './settings.js';

/** Dokumen Evaluasi Kinerja Pegawai: the evaluation with the period's realisation, feedback and unit distribution. */
export async function evaluationDocument(deps: Deps, ctx: RequestContext, id: string) {
  const evaluation = await getEvaluation(deps, ctx, id);
  const db = deps.database.db;
  const actor = requireActor(ctx);
  const [entries, feedback, cycle, grid] = await Promise.all([
    planEntries(db, evaluation.workPlanId, { periodId: evaluation.periodId, limit: 1000, offset: 0 }),
    listFeedback(deps, ctx, evaluation.workPlanId, { periodId: evaluation.periodId }),
    findCycleRow(db, evaluation.period.cycleId),
    // the period target and the to-date and year achievements, counted through the evaluation's period
    progressGrid(deps, ctx, evaluation.workPlanId, { throughPeriodId: evaluation.periodId }),
  ]);
  // entries come newest first: the first per indicator is the one that counts
  const latest = new Map<string, (typeof entries.items)[number]>();
  for (const e of entries.items) if (!latest.has(e.indicatorId)) latest.set(e.indicatorId, e);
  let distribution: DistributionView | null = null;
  if (
    (await canReadUnitAssessment(db, actor, evaluation.unitId, dateIn(deps.clock.now()))) ||
    evaluation.orgPredicate
  ) {
    const settings = await assessmentSettings(db);
    distribution = await unitDistribution(
      db,
      evaluation.unitId,
      evaluation.periodId,
      settings.distributionRules,
    );
  }
  const pdf = await renderEvaluationDocument({
    evaluation,
    realisations: [...latest.values()].map((e) => ({
      indicatorId: e.indicatorId,
      value: e.value,
      text: e.text,
      achievement: e.achievement,
    })),
    figures: grid.results
      .flatMap((r) => r.indicators)
      .filter((i) => i.numeric)
      .map((i) => ({
        indicatorId: i.id,
        aggregation: i.aggregation,
        periodTarget:
          evaluation.period.kind === 'periodic'
            ? (i.cells.find((c) => c.periodId === evaluation.periodId)?.target ?? null)
            : null,
        toDate: i.toDate,
        year: i.year,
      })),
    feedback: feedback.items.map((f) => ({
      resultId: f.resultId,
      behaviour: f.behaviour,
      kind: f.kind,
      text: f.text,
      authorName: f.author.name,
    })),
    distribution,
    cycleYear: cycle?.year ?? Number(evaluation.period.startDate.slice(0, 4)),
    printedAt: deps.clock.now(),
  });
  const name = `Evaluasi-${evaluation.period.label.replace(/[^\w-]+/g, '_')}-${evaluation.employee.nip}.pdf`;
  return { pdf, name };
}

/** Penetapan Predikat Kinerja of a unit for a period, signed by the unit's head. */
export async function penetapanDocument(
  deps: Deps,
  ctx: RequestContext,
  unitId: string,
  q: { periodId: string },
) {
  const calibration = await getCalibration(deps, ctx, unitId, q);
  const unit = await repo.findUnit(deps.database.db, unitId);
  // the head as their own evaluation of the period recorded them (the position of the time), else the head now
  const leader = calibration.leader;
  const db = deps.database.db;
  // an acting official (Plt/Plh) in office on the day of printing signs for the absent head
  const [acting] = await actingOn(db, [unitId], dateIn(deps.clock.now()));
  const actingPerson = acting ? await personSnapshot(db, acting.acting.employeeId) : null;
  const signer =
    actingPerson && acting
      ? {
          name: actingPerson.name,
          nip: actingPerson.nip,
          positionTitle: actingPerson.positionTitle,
          acting: acting.acting.kind,
        }
      : leader
        ? { name: leader.name, nip: leader.nip, positionTitle: leader.positionTitle }
        : unit?.headName && unit.headNip
          ? {
              name: unit.headName,
              nip: unit.headNip,
              positionTitle: unit.headPosition ?? `Kepala ${unit.name}`,
            }
          : null;
  const pdf = await renderPenetapanDocument({
    calibration,
    signer,
    printedAt: deps.clock.now(),
  });
  const name = `Penetapan-Predikat-${calibration.unit.code}-${calibration.period.label.replace(/[^\w-]+/g, '_')}.pdf`;
  return { pdf, name };
}

/**
 * Keputusan atas Keberatan: the decision letter of a decided objection, for whoever may read the objection (404
 * otherwise); before the decision 409 INVALID_TRANSITION (`not_decided`).
 */
export async function objectionDecisionDocument(deps: Deps, ctx: RequestContext, id: string) {
  const objection = await getObjection(deps, ctx, id);
  if (objection.status !== 'decided')
    throw new AppError('INVALID_TRANSITION', 'objection.notDecided', {
      status: objection.status,
      action: 'document',
      reason: 'not_decided',
    });
  const evaluation = await getEvaluation(deps, ctx, objection.evaluationId);
  // the decider as the evaluation recorded the assessor's superior; someone else decided (an acting official): the name only
  const superior = evaluation.assessorSuperior;
  const decider = superior && superior.id === objection.deciderId ? superior : null;
  const pdf = await renderObjectionDecisionDocument({
    objection,
    employee: evaluation.employee,
    assessor: evaluation.assessor,
    decider,
    printedAt: deps.clock.now(),
  });
  const name = `Keputusan-Keberatan-${objection.periodLabel.replace(/[^\w-]+/g, '_')}-${evaluation.employee.nip}.pdf`;
  return { pdf, name };
}
