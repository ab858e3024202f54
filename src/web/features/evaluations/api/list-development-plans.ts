import { useQuery } from '@tanstack/react-query';
import type { DevelopmentPlanListItem } from '../../../../domain/development/view';
import { api } from '../../../lib/api-client';
import { evaluationKeys } from '../types';

export type { FocusArea } from '../../../../domain/evaluations/view';
/** A plan as the list shows it: the issue 13 shape with agreement, progress and items (issue 14). */
export type DevelopmentPlanView = DevelopmentPlanListItem;

/** Kept under `evaluationKeys.all`: plans follow the evaluations they come from. */
export const developmentPlanKeys = {
  byEmployee: (employeeId: string) => [...evaluationKeys.all, 'development-plans', employeeId] as const,
};

export function listDevelopmentPlans(
  employeeId: string,
  signal?: AbortSignal,
): Promise<{ items: DevelopmentPlanView[] }> {
  return api.get<{ items: DevelopmentPlanView[] }>(
    `/employees/${encodeURIComponent(employeeId)}/development-plans`,
    undefined,
    signal,
  );
}

/** Rencana Pengembangan Kompetensi: the employee's development plans, newest first. */
export function useDevelopmentPlans(employeeId: string | null | undefined) {
  return useQuery({
    queryKey: developmentPlanKeys.byEmployee(employeeId ?? ''),
    queryFn: ({ signal }) => listDevelopmentPlans(employeeId ?? '', signal),
    enabled: Boolean(employeeId),
  });
}
