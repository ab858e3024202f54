import { dateIn } from '../../../../domain/dates.js';
import type { EscalationDecision } from '../../../../domain/evaluations/improvement.js';
import type {
  EscalationView,
  ImprovementPeriodView,
} from '../../../../domain/evaluations/improvement-view.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { notFound } from '../../../platform/errors.js';
import { requireActor } from '../../auth/index.js';
import { escalationReader, mayDecideEscalation, mayReadFollowUp } from '../improvement.policy.js';
import { presentEscalation, presentPeriod } from '../improvement.presenter.js';
import * as repo from '../improvement.repository.js';

/** `GET /employees/:id/improvement-periods`: 404 for anyone who may not read the employee's development plans. */
export async function listImprovementPeriods(
  deps: Deps,
  ctx: RequestContext,
  employeeId: string,
): Promise<{ items: ImprovementPeriodView[] }> {
  const actor = requireActor(ctx);
  const db = deps.database.db;
  if (!(await mayReadFollowUp(db, actor, employeeId))) throw notFound();
  if (!(await repo.employeeExists(db, employeeId))) throw notFound();
  const rows = await repo.periodViewsOfEmployee(db, employeeId);
  const escalations = await repo.escalationsOfPeriods(
    db,
    rows.map((r) => r.period.id),
  );
  const today = dateIn(deps.clock.now());
  return {
    items: rows.map((r) =>
      presentPeriod(
        r,
        escalations
          .filter((e) => e.improvementPeriodId === r.period.id)
          .map((e) => ({
            id: e.id,
            status: e.status,
            decision: (e.decision as EscalationDecision | null) ?? null,
            note: e.note,
            decidedAt: e.decidedAt ? e.decidedAt.toISOString() : null,
          })),
        today,
      ),
    ),
  };
}

/** `GET /escalations`: the agency head and HR; newest first. */
export async function listEscalations(
  deps: Deps,
  ctx: RequestContext,
  q: { status?: 'open' | 'decided' | undefined; limit: number; offset: number },
): Promise<{ items: EscalationView[]; total: number }> {
  const actor = escalationReader(ctx);
  const { rows, total } = await repo.listEscalations(deps.database.db, q);
  const today = dateIn(deps.clock.now());
  const decide = mayDecideEscalation(actor);
  return { items: rows.map((r) => presentEscalation(r, today, decide)), total };
}

export async function getEscalation(deps: Deps, ctx: RequestContext, id: string): Promise<EscalationView> {
  const actor = escalationReader(ctx);
  const row = await repo.findEscalation(deps.database.db, id);
  if (!row) throw notFound();
  return presentEscalation(row, dateIn(deps.clock.now()), mayDecideEscalation(actor));
}
