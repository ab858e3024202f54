import { defaultAggregation, type Aggregation } from '../../domain/progress/period-targets.js';
import type { Executor } from '../platform/db/client.js';
import { planComments, planIndicators, planResults, workPlans } from '../platform/db/schema.js';
import { planSnapshot } from '../modules/work-plans/index.js';

/** The demo's plans: results with their indicators, inserted as approved plans. */
export interface DemoIndicator {
  text: string;
  aspect: 'quantity' | 'quality' | 'time' | 'cost';
  target: number;
  unit: string;
  direction?: 'higher' | 'lower';
  category: 'efficiency' | 'effectiveness' | 'innovation';
  /** how the periods build the year; default by aspect (quantity → sum, otherwise average) */
  aggregation?: Aggregation;
}
export interface DemoResult {
  text: string;
  indicators: DemoIndicator[];
}

/**
 * An approved plan of `person` in force from `startDate` to `endDate` (null: the cycle's end) with the given results
 * (the first cascaded from `parentResultId`), its submission and approval recorded in the plan's thread.
 */
export async function insertApprovedPlan(
  tx: Executor,
  person: {
    id: string;
    supervisorId: string | null;
    unitId: string;
    cycleId: string;
    startDate: string;
    endDate: string | null;
  },
  content: DemoResult[],
  parentResultId: string | null,
  now: Date,
): Promise<{ planId: string; firstResultId: string | null }> {
  const snapshot = await planSnapshot(tx, person.id, person.supervisorId);
  const [plan] = await tx
    .insert(workPlans)
    .values({
      cycleId: person.cycleId,
      employeeId: person.id,
      assessorId: person.supervisorId,
      unitId: person.unitId,
      startDate: person.startDate,
      endDate: person.endDate,
      approach: 'quantitative',
      status: 'approved',
      snapshot,
      submittedAt: now,
      approvedAt: now,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  let firstResultId: string | null = null;
  for (const [i, r] of content.entries()) {
    const [result] = await tx
      .insert(planResults)
      .values({
        workPlanId: plan!.id,
        kind: 'main',
        text: r.text,
        parentResultId: parentResultId,
        position: i,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: planResults.id });
    if (i === 0) firstResultId = result!.id;
    await tx.insert(planIndicators).values(
      r.indicators.map((ind, j) => ({
        ...ind,
        direction: ind.direction ?? 'higher',
        aggregation: ind.aggregation ?? defaultAggregation(ind.aspect),
        resultId: result!.id,
        workPlanId: plan!.id,
        position: j,
        createdAt: now,
        updatedAt: now,
      })),
    );
  }
  await tx.insert(planComments).values([
    {
      workPlanId: plan!.id,
      authorName: snapshot.employee.name,
      kind: 'submit',
      body: '',
      createdAt: now,
      updatedAt: now,
    },
    ...(snapshot.assessor
      ? [
          {
            workPlanId: plan!.id,
            authorName: snapshot.assessor.name,
            kind: 'approve' as const,
            body: 'Disetujui.',
            createdAt: now,
            updatedAt: now,
          },
        ]
      : []),
  ]);
  return { planId: plan!.id, firstResultId };
}
