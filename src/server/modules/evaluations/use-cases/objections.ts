import { and, count, desc, eq, ne, or, type SQL } from 'drizzle-orm';
import { PREDICATE_LABELS, predicateFor } from '../../../../domain/evaluations/matrix.js';
import { canObject, objectionDeadline } from '../../../../domain/evaluations/objection.js';
import type { Rating } from '../../../../domain/evaluations/matrix.js';
import type { ObjectionView } from '../../../../domain/evaluations/view.js';
import { DEFAULT_TIME_ZONE, dateIn } from '../../../../domain/dates.js';
import { appendAudit } from '../../../platform/audit.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import type { Tx } from '../../../platform/db/client.js';
import { evaluations, objections, periods } from '../../../platform/db/schema.js';
import { AppError, notFound } from '../../../platform/errors.js';
import { requireActor } from '../../auth/index.js';
import { syncDevelopmentPlan } from '../../development/index.js';
import { notify, texts } from '../../notifications/index.js';
import { evaluationRelation, type EvaluationRelation } from '../evaluations.policy.js';
import {
  evaluationResults,
  objectionViewOf,
  presentObjection,
  ratingsSnapshot,
} from '../evaluations.presenter.js';
import * as repo from '../evaluations.repository.js';
import { touchEvaluation, viewOf, withEvaluation } from './evaluations.js';
import { assessmentSettings } from './settings.js';

const isAgencyHead = (rel: EvaluationRelation) => rel.actor.roles.includes('agency_head');
const isDecider = (o: repo.ObjectionRow, rel: EvaluationRelation) =>
  o.deciderId ? rel.actor.employeeId === o.deciderId : isAgencyHead(rel);

/** The employee objects to a final evaluation within the window (domain §7). */
export async function fileObjection(
  deps: Deps,
  ctx: RequestContext,
  evaluationId: string,
  input: { reason: string },
) {
  return withEvaluation(deps, ctx, evaluationId, async (tx, row, rel, now) => {
    if (!rel.owner) throw new AppError('FORBIDDEN', 'objection.ownerOnly');
    if (row.status !== 'final' || !row.finalizedAt)
      throw new AppError('INVALID_TRANSITION', 'evaluation.notFinal', {
        status: row.status,
        action: 'object',
      });
    const existing = await repo.objectionOf(tx, row.id);
    if (existing)
      throw new AppError('CONFLICT', 'objection.duplicate', {
        objectionId: existing.id,
        reason: 'duplicate',
      });
    const settings = await assessmentSettings(tx);
    const deadline = objectionDeadline(row.finalizedAt, settings.objectionWindowDays, DEFAULT_TIME_ZONE);
    if (!canObject(row.finalizedAt, now, settings.objectionWindowDays, DEFAULT_TIME_ZONE))
      throw new AppError(
        'INVALID_TRANSITION',
        'objection.windowClosed',
        { status: row.status, action: 'object', reason: 'window_closed', deadline },
        { deadline },
      );
    const deciderId = row.assessorId
      ? ((await repo.employeeUnit(tx, row.assessorId))?.supervisorId ?? null)
      : null;
    const [o] = await tx
      .insert(objections)
      .values({
        evaluationId: row.id,
        employeeId: row.employeeId,
        deciderId,
        reason: input.reason,
        before: ratingsSnapshot(row),
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing()
      .returning();
    if (!o) throw new AppError('CONFLICT', 'objection.duplicate', { reason: 'duplicate' });
    // Objecting also confirms receipt.
    if (!row.acknowledgedAt)
      await tx.update(evaluations).set({ acknowledgedAt: now }).where(eq(evaluations.id, row.id));
    await appendAudit(
      tx,
      ctx,
      {
        action: 'objection.file',
        entityType: 'objection',
        entityId: o.id,
        after: { evaluationId: row.id, reason: o.reason, deciderId, before: o.before },
      },
      now,
    );
    const snap = row.snapshot;
    const period = await repo.findPeriod(tx, row.periodId);
    await notify(tx, {
      ...texts.objectionFiled({
        objectionId: o.id,
        employeeName: snap.employee.name,
        periodLabel: period?.label ?? '',
        reason: o.reason,
      }),
      employeeIds: [...(deciderId ? [deciderId] : []), ...(row.assessorId ? [row.assessorId] : [])],
      exceptUserId: rel.actor.userId,
      at: now,
    });
    return objectionViewOf(tx, o, row, rel.actor.employeeId, isAgencyHead(rel));
  });
}

/** Loads and locks the objection and its evaluation; the caller must be able to read the evaluation (else 404). */
function withObjection<T>(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  step: (
    tx: Tx,
    o: repo.ObjectionRow,
    evaluation: repo.EvaluationRow,
    rel: EvaluationRelation,
    now: Date,
  ) => Promise<T>,
) {
  return deps.database.db.transaction(async (tx) => {
    const o = await repo.lockObjection(tx, id);
    if (!o) throw notFound();
    const evaluation = await repo.lockEvaluation(tx, o.evaluationId);
    if (!evaluation) throw notFound();
    const rel = await evaluationRelation(tx, ctx, evaluation, dateIn(deps.clock.now()));
    return step(tx, o, evaluation, rel, deps.clock.now());
  });
}

function assertOpen(o: repo.ObjectionRow, action: string) {
  if (o.status === 'decided')
    throw new AppError('INVALID_TRANSITION', 'objection.decided', { status: o.status, action });
}

export async function requestExplanations(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { note?: string | null | undefined },
) {
  return withObjection(deps, ctx, id, async (tx, o, evaluation, rel, now) => {
    if (!isDecider(o, rel)) throw new AppError('FORBIDDEN', 'objection.deciderOnly');
    assertOpen(o, 'request_explanations');
    const [updated] = await tx
      .update(objections)
      .set({
        status: 'explanations_requested',
        explanationRequest: input.note ?? null,
        explanationsRequestedAt: now,
        version: o.version + 1,
        updatedAt: now,
      })
      .where(eq(objections.id, o.id))
      .returning();
    await appendAudit(
      tx,
      ctx,
      {
        action: 'objection.request_explanations',
        entityType: 'objection',
        entityId: o.id,
        before: { status: o.status },
        after: { status: 'explanations_requested', note: input.note ?? null },
      },
      now,
    );
    const decider = await repo.employeeNames(tx, rel.actor.employeeId ? [rel.actor.employeeId] : []);
    await notify(tx, {
      ...texts.objectionExplanationsRequested({
        objectionId: o.id,
        deciderName: decider.get(rel.actor.employeeId ?? '')?.name ?? rel.actor.username,
        note: input.note ?? null,
      }),
      employeeIds: [o.employeeId, ...(evaluation.assessorId ? [evaluation.assessorId] : [])],
      exceptUserId: rel.actor.userId,
      at: now,
    });
    return objectionViewOf(tx, updated!, evaluation, rel.actor.employeeId, isAgencyHead(rel));
  });
}

/** The employee or the assessor writes their explanation (each their own; may be revised until the decision). */
export async function explainObjection(deps: Deps, ctx: RequestContext, id: string, input: { text: string }) {
  return withObjection(deps, ctx, id, async (tx, o, evaluation, rel, now) => {
    assertOpen(o, 'explain');
    const party = rel.owner ? 'employee' : rel.assessor ? 'assessor' : null;
    if (!party) throw new AppError('FORBIDDEN', 'objection.partiesOnly');
    const set =
      party === 'employee'
        ? { employeeExplanation: input.text, employeeExplainedAt: now }
        : { assessorExplanation: input.text, assessorExplainedAt: now };
    const [updated] = await tx
      .update(objections)
      .set({ ...set, version: o.version + 1, updatedAt: now })
      .where(eq(objections.id, o.id))
      .returning();
    await appendAudit(
      tx,
      ctx,
      {
        action: 'objection.explain',
        entityType: 'objection',
        entityId: o.id,
        after: { party, text: input.text },
      },
      now,
    );
    const snap = evaluation.snapshot;
    await notify(tx, {
      ...texts.objectionExplained({
        objectionId: o.id,
        authorName: party === 'employee' ? snap.employee.name : (snap.assessor?.name ?? rel.actor.username),
      }),
      employeeIds: o.deciderId ? [o.deciderId] : [],
      exceptUserId: rel.actor.userId,
      at: now,
    });
    return objectionViewOf(tx, updated!, evaluation, rel.actor.employeeId, isAgencyHead(rel));
  });
}

/** The assessor's superior decides (final): uphold, or change the ratings (the predicate is recomputed). */
export async function decideObjection(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: {
    outcome: 'upheld' | 'changed';
    resultRating?: Rating | undefined;
    behaviourRating?: Rating | undefined;
    note: string;
  },
) {
  return withObjection(deps, ctx, id, async (tx, o, evaluation, rel, now) => {
    if (!isDecider(o, rel)) throw new AppError('FORBIDDEN', 'objection.deciderOnly');
    assertOpen(o, 'decide');
    let current = evaluation;
    if (input.outcome === 'changed') {
      const resultRating = input.resultRating ?? evaluation.resultRating!;
      const behaviourRating = input.behaviourRating ?? evaluation.behaviourRating!;
      const predicate = predicateFor(resultRating, behaviourRating);
      current = await touchEvaluation(tx, evaluation, now, undefined, {
        resultRating,
        behaviourRating,
        predicate,
      });
      const results = await evaluationResults(tx, evaluation.workPlanId);
      await syncDevelopmentPlan(
        tx,
        ctx,
        {
          id: current.id,
          employeeId: current.employeeId,
          periodId: current.periodId,
          predicate,
          resultRatings: current.resultRatings,
          behaviourRatings: current.behaviourRatings,
          resultTexts: new Map(results.map((r) => [r.id, r.text])),
        },
        now,
      );
      await appendAudit(
        tx,
        ctx,
        {
          action: 'evaluation.decision',
          entityType: 'evaluation',
          entityId: evaluation.id,
          before: ratingsSnapshot(evaluation),
          after: { ...ratingsSnapshot(current), objectionId: o.id, note: input.note },
        },
        now,
      );
    }
    const decider = await repo.employeeNames(tx, rel.actor.employeeId ? [rel.actor.employeeId] : []);
    const [updated] = await tx
      .update(objections)
      .set({
        status: 'decided',
        outcome: input.outcome,
        note: input.note,
        after: ratingsSnapshot(current),
        decidedAt: now,
        decidedBy: rel.actor.userId,
        decidedByName: decider.get(rel.actor.employeeId ?? '')?.name ?? rel.actor.username,
        version: o.version + 1,
        updatedAt: now,
      })
      .where(eq(objections.id, o.id))
      .returning();
    await appendAudit(
      tx,
      ctx,
      {
        action: 'objection.decide',
        entityType: 'objection',
        entityId: o.id,
        before: { status: o.status, ...o.before },
        after: { status: 'decided', outcome: input.outcome, note: input.note, ...ratingsSnapshot(current) },
      },
      now,
    );
    await notify(tx, {
      ...texts.objectionDecided({
        objectionId: o.id,
        evaluationId: evaluation.id,
        outcome: input.outcome,
        predicateLabel: current.predicate ? PREDICATE_LABELS[current.predicate] : '-',
        note: input.note,
      }),
      employeeIds: [o.employeeId, ...(evaluation.assessorId ? [evaluation.assessorId] : [])],
      exceptUserId: rel.actor.userId,
      at: now,
    });
    return {
      objection: await objectionViewOf(tx, updated!, current, rel.actor.employeeId, isAgencyHead(rel)),
      evaluation: await viewOf(deps, tx, current, rel),
    };
  });
}

export async function getObjection(deps: Deps, ctx: RequestContext, id: string): Promise<ObjectionView> {
  const db = deps.database.db;
  const o = await repo.findObjection(db, id);
  if (!o) throw notFound();
  const evaluation = await repo.findEvaluation(db, o.evaluationId);
  if (!evaluation) throw notFound();
  const rel = await evaluationRelation(db, ctx, evaluation, dateIn(deps.clock.now()));
  return objectionViewOf(db, o, evaluation, rel.actor.employeeId, isAgencyHead(rel));
}

/** Filed by the caller, to be decided by the caller, or about evaluations the caller made; all for HR and auditors. */
export async function listObjections(
  deps: Deps,
  ctx: RequestContext,
  q: { status?: 'open' | 'decided' | undefined; limit: number; offset: number },
): Promise<{ items: ObjectionView[]; total: number }> {
  const actor = requireActor(ctx);
  const db = deps.database.db;
  const conditions: SQL[] = [];
  if (q.status === 'open') conditions.push(ne(objections.status, 'decided'));
  if (q.status === 'decided') conditions.push(eq(objections.status, 'decided'));
  const agency = actor.roles.some((r) => r === 'hr_admin' || r === 'agency_head' || r === 'auditor');
  if (!agency) {
    const me = actor.employeeId;
    if (!me) return { items: [], total: 0 };
    conditions.push(
      or(eq(objections.employeeId, me), eq(objections.deciderId, me), eq(evaluations.assessorId, me))!,
    );
  }
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    db
      .select({ o: objections, e: evaluations, periodLabel: periods.label })
      .from(objections)
      .innerJoin(evaluations, eq(evaluations.id, objections.evaluationId))
      .innerJoin(periods, eq(periods.id, evaluations.periodId))
      .where(where)
      .orderBy(desc(objections.createdAt), desc(objections.id))
      .limit(q.limit)
      .offset(q.offset),
    db
      .select({ n: count() })
      .from(objections)
      .innerJoin(evaluations, eq(evaluations.id, objections.evaluationId))
      .where(where),
  ]);
  const agencyHead = actor.roles.includes('agency_head');
  // one query for the deciders' names, not one per row
  const deciders = await repo.employeeNames(db, [
    ...new Set(rows.map((r) => r.o.deciderId).filter((id): id is string => id !== null)),
  ]);
  const items = rows.map((r) =>
    presentObjection(r.o, {
      employeeName: r.e.snapshot.employee.name,
      periodLabel: r.periodLabel,
      deciderName: r.o.deciderId ? (deciders.get(r.o.deciderId)?.name ?? null) : null,
      me: actor.employeeId,
      assessorId: r.e.assessorId,
      agencyHead,
    }),
  );
  return { items, total: Number(total?.n ?? 0) };
}
