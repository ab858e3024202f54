import type { ObjectionView } from '../../../../domain/evaluations/view.js';
import { dateIn } from '../../../../domain/dates.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { notFound } from '../../../platform/errors.js';
import { actorCan, requireActor } from '../../auth/index.js';
import { evaluationRelation } from '../evaluations.policy.js';
import { presentObjection } from '../evaluations.presenter.js';
import * as repo from '../evaluations.repository.js';
import { loadObjectionView } from './context.js';
import { assessmentSettings } from './settings.js';

/** One objection; the caller must be able to read its evaluation (404 otherwise). */
export async function getObjection(deps: Deps, ctx: RequestContext, id: string): Promise<ObjectionView> {
  const db = deps.database.db;
  const o = await repo.findObjection(db, id);
  if (!o) throw notFound();
  const evaluation = await repo.findEvaluation(db, o.evaluationId);
  if (!evaluation) throw notFound();
  const now = deps.clock.now();
  const rel = await evaluationRelation(db, ctx, evaluation, dateIn(now));
  return loadObjectionView(db, o, evaluation, rel, now);
}

/** Filed by the caller, to be decided by the caller, or about evaluations the caller made; all for HR and auditors. */
export async function listObjections(
  deps: Deps,
  ctx: RequestContext,
  q: { status?: 'open' | 'decided' | undefined; limit: number; offset: number },
): Promise<{ items: ObjectionView[]; total: number }> {
  const actor = requireActor(ctx);
  const db = deps.database.db;
  const agency = actorCan(actor, 'read:agency');
  if (!agency && !actor.employeeId) return { items: [], total: 0 };
  const [{ rows, total }, settings] = await Promise.all([
    repo.listObjections(db, q, agency ? null : actor.employeeId),
    assessmentSettings(db),
  ]);
  const now = deps.clock.now();
  // one query for the deciders' names, not one per row
  const deciders = await repo.employeeNames(db, [
    ...new Set(rows.map((r) => r.objection.deciderId).filter((id): id is string => id !== null)),
  ]);
  const topDecider = actorCan(actor, 'decide:objection:top');
  const items = rows.map((r) =>
    presentObjection(r.objection, {
      employeeName: r.evaluation.snapshot.employee.name,
      periodLabel: r.periodLabel,
      deciderName: r.objection.deciderId ? (deciders.get(r.objection.deciderId)?.name ?? null) : null,
      me: actor.employeeId,
      assessorId: r.evaluation.assessorId,
      topDecider,
      settings,
      now,
    }),
  );
  return { items, total };
}
