import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Predicate, Rating } from '../../../domain/evaluations/matrix.js';
import type { DevelopmentPlanView, FocusArea } from '../../../domain/evaluations/view.js';
import { BERAKHLAK, type BehaviourValue } from '../../../domain/work-plans/berakhlak.js';
import { appendAudit } from '../../platform/audit.js';
import type { RequestContext } from '../../platform/context.js';
import type { Deps } from '../../platform/deps.js';
import type { Executor, Tx } from '../../platform/db/client.js';
import { updateVersioned } from '../../platform/db/steps.js';
import { developmentPlans, evaluations, periods } from '../../platform/db/schema.js';
import { notFound } from '../../platform/errors.js';
import { actorCan, requireActor } from '../auth/index.js';
import { supervisorsAbove } from '../work-plans/index.js';

/** Predicates that direct the employee into development (domain §7). */
export const POOR_PREDICATES: readonly Predicate[] = ['butuh_perbaikan', 'kurang', 'sangat_kurang'];

export interface DevelopmentSource {
  id: string;
  employeeId: string;
  periodId: string;
  predicate: Predicate | null;
  resultRatings: Array<{ resultId: string; rating: Rating }>;
  behaviourRatings: Array<{ value: BehaviourValue; rating: Rating }>;
  resultTexts: Map<string, string>;
}

/** The weak results and behaviour values (rated below expectation) the plan addresses. */
export function focusAreasOf(src: DevelopmentSource): FocusArea[] {
  const results: FocusArea[] = src.resultRatings
    .filter((r) => r.rating === 'below')
    .map((r) => ({
      kind: 'result',
      resultId: r.resultId,
      value: null,
      text: src.resultTexts.get(r.resultId) ?? '',
      rating: r.rating,
    }));
  const behaviours: FocusArea[] = src.behaviourRatings
    .filter((b) => b.rating === 'below')
    .map((b) => ({
      kind: 'behaviour',
      resultId: null,
      value: b.value,
      text: BERAKHLAK[b.value].label,
      rating: b.rating,
    }));
  return [...results, ...behaviours];
}

/** The audit entries of a development plan carry the whole row before and after. */
const WHOLE_PLAN = {
  entityType: 'development_plan',
  snapshot: (row: typeof developmentPlans.$inferSelect) => row,
};

/**
 * Inside the finalising (or deciding) transaction: a poor final predicate gets its development plan (one per
 * evaluation, refreshed when the evaluation changes); a plan whose evaluation is no longer poor is cancelled.
 */
export async function syncDevelopmentPlan(tx: Tx, ctx: RequestContext, src: DevelopmentSource, now: Date) {
  const poor = src.predicate !== null && POOR_PREDICATES.includes(src.predicate);
  const [existing] = await tx
    .select()
    .from(developmentPlans)
    .where(eq(developmentPlans.evaluationId, src.id))
    .limit(1);
  const focusAreas = focusAreasOf(src);
  if (poor) {
    if (existing) {
      await updateVersioned(
        tx,
        ctx,
        developmentPlans,
        existing,
        { predicate: src.predicate, focusAreas, status: 'open' },
        { now, audit: { action: 'development_plan.update', ...WHOLE_PLAN } },
      );
      return;
    }
    const [row] = await tx
      .insert(developmentPlans)
      .values({
        employeeId: src.employeeId,
        evaluationId: src.id,
        periodId: src.periodId,
        source: 'evaluation',
        predicate: src.predicate,
        focusAreas,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await appendAudit(
      tx,
      ctx,
      { action: 'development_plan.create', entityType: 'development_plan', entityId: row!.id, after: row },
      now,
    );
  } else if (existing && existing.status === 'open') {
    await updateVersioned(
      tx,
      ctx,
      developmentPlans,
      existing,
      { status: 'cancelled', predicate: src.predicate },
      { now, audit: { action: 'development_plan.cancel', ...WHOLE_PLAN } },
    );
  }
}

async function mayRead(db: Executor, ctx: RequestContext, employeeId: string) {
  const actor = requireActor(ctx);
  if (actorCan(actor, 'read:development')) return true;
  const me = actor.employeeId;
  if (!me) return false;
  if (me === employeeId) return true;
  if ((await supervisorsAbove(db, employeeId)).includes(me)) return true;
  // an assessor set by HR (off the org chart) and that assessor's superiors
  const assessors = await db
    .selectDistinct({ assessorId: evaluations.assessorId })
    .from(evaluations)
    .where(eq(evaluations.employeeId, employeeId));
  for (const { assessorId } of assessors) {
    if (!assessorId) continue;
    if (assessorId === me || (await supervisorsAbove(db, assessorId)).includes(me)) return true;
  }
  return false;
}

export async function listDevelopmentPlans(
  deps: Deps,
  ctx: RequestContext,
  employeeId: string,
): Promise<{ items: DevelopmentPlanView[] }> {
  const db = deps.database.db;
  if (!(await mayRead(db, ctx, employeeId))) throw notFound();
  const rows = await db
    .select({ plan: developmentPlans, periodLabel: periods.label })
    .from(developmentPlans)
    .leftJoin(periods, eq(periods.id, developmentPlans.periodId))
    .where(
      and(
        eq(developmentPlans.employeeId, employeeId),
        inArray(developmentPlans.status, ['open', 'done', 'cancelled']),
      ),
    )
    .orderBy(desc(developmentPlans.createdAt))
    .limit(200);
  return {
    items: rows.map(({ plan, periodLabel }) => ({
      id: plan.id,
      employeeId: plan.employeeId,
      evaluationId: plan.evaluationId,
      periodId: plan.periodId,
      periodLabel: periodLabel ?? null,
      source: plan.source,
      predicate: plan.predicate,
      status: plan.status,
      focusAreas: plan.focusAreas,
      note: plan.note,
      createdAt: plan.createdAt.toISOString(),
      version: plan.version,
    })),
  };
}
