import { useQuery } from '@tanstack/react-query';
import type { ImprovementPeriodView } from '../../../../domain/evaluations/improvement-view';
import { api } from '../../../lib/api-client';

export type { ImprovementPeriodView } from '../../../../domain/evaluations/improvement-view';

/** Under `evaluations`: a finalisation or an objection decision (which invalidate those) changes the periods. */
export const improvementKeys = {
  byEmployee: (employeeId: string) => ['evaluations', 'improvement-periods', employeeId] as const,
};

export function listImprovementPeriods(
  employeeId: string,
  signal?: AbortSignal,
): Promise<{ items: ImprovementPeriodView[] }> {
  return api.get<{ items: ImprovementPeriodView[] }>(
    `/employees/${encodeURIComponent(employeeId)}/improvement-periods`,
    undefined,
    signal,
  );
}

/** Masa perbaikan kinerja of an employee, newest first. */
export function useImprovementPeriods(employeeId: string | null | undefined) {
  return useQuery({
    queryKey: improvementKeys.byEmployee(employeeId ?? ''),
    queryFn: ({ signal }) => listImprovementPeriods(employeeId ?? '', signal),
    enabled: Boolean(employeeId),
  });
}
