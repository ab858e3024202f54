import { useQuery } from '@tanstack/react-query';
import type { ParentOptionsView } from '../../../../domain/work-plans/view';
import { api } from '../../../lib/api-client';
import type { WorkPlanView } from '../types';

export type AssessorPlan = NonNullable<ParentOptionsView['plan']>;

export type AssessorPlanState =
  | { kind: 'no_assessor' }
  | { kind: 'loading' }
  /** the assessor has no plan in this cycle yet: links wait */
  | { kind: 'missing' }
  /** the options could not be loaded */
  | { kind: 'unavailable'; error: unknown }
  | { kind: 'ready'; plan: AssessorPlan };

export const parentOptionsKey = (planId: string) => ['work-plans', planId, 'parent-options'] as const;

export const getParentOptions = (planId: string) =>
  api.get<ParentOptionsView>(`/work-plans/${planId}/parent-options`);

/**
 * The assessor's plan in force for the same cycle, whose results this plan's results may support
 * (`GET /work-plans/:id/parent-options`: the owner sees these results without opening the assessor's plan).
 */
export function useAssessorPlan(plan: Pick<WorkPlanView, 'id' | 'assessorId' | 'cycleId'>, enabled: boolean) {
  const on = enabled && Boolean(plan.assessorId);
  const query = useQuery({
    queryKey: parentOptionsKey(plan.id),
    queryFn: () => getParentOptions(plan.id),
    enabled: on,
  });
  let state: AssessorPlanState;
  if (!plan.assessorId) state = { kind: 'no_assessor' };
  else if (!on || query.isPending) state = { kind: 'loading' };
  else if (query.isError) state = { kind: 'unavailable', error: query.error };
  else if (!query.data.plan) state = { kind: 'missing' };
  else state = { kind: 'ready', plan: query.data.plan };
  return { state, refetch: () => void query.refetch() };
}
