import type { NominationStatus, NominationView } from '../../../../domain/evaluations/recognition.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { notFound } from '../../../platform/errors.js';
import { actorCan, requireActor } from '../../auth/index.js';
import { mayReadNominationsOf, nominationDecider } from '../recognition.policy.js';
import { presentNomination } from '../recognition.presenter.js';
import * as repo from '../recognition.repository.js';

/** `GET /nominations`: HR and the agency head; newest first. */
export async function listNominations(
  deps: Deps,
  ctx: RequestContext,
  q: { status?: NominationStatus | undefined; limit: number; offset: number },
): Promise<{ items: NominationView[]; total: number }> {
  nominationDecider(ctx);
  const { rows, total } = await repo.listNominations(deps.database.db, q);
  return { items: rows.map((r) => presentNomination(r, true)), total };
}

/** `GET /evaluations/:id/nominations`: whoever may read the employee's follow-up (404 otherwise). */
export async function nominationsOfEvaluation(
  deps: Deps,
  ctx: RequestContext,
  evaluationId: string,
): Promise<{ items: NominationView[] }> {
  const actor = requireActor(ctx);
  const db = deps.database.db;
  const evaluation = await repo.findEvaluation(db, evaluationId);
  if (!evaluation || !(await mayReadNominationsOf(db, actor, evaluation.employeeId))) throw notFound();
  const decide = actorCan(actor, 'decide:nomination');
  const rows = await repo.nominationsOfEvaluation(db, evaluationId);
  return { items: rows.map((r) => presentNomination(r, decide)) };
}
