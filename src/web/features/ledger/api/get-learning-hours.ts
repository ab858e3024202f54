import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { ledgerKeys, type LearningHoursView } from '../types';

export function getLearningHours(
  employeeId: string,
  year: number | null,
  signal?: AbortSignal,
): Promise<LearningHoursView> {
  return api.get<LearningHoursView>(
    `/employees/${encodeURIComponent(employeeId)}/learning-hours`,
    { year },
    signal,
  );
}

/** Jam Pelajaran: the employee's JP ledger for a year (default: this year). */
export function useLearningHours(employeeId: string | null | undefined, year: number | null = null) {
  return useQuery({
    queryKey: ledgerKeys.learningHours(employeeId ?? '', year),
    queryFn: ({ signal }) => getLearningHours(employeeId ?? '', year, signal),
    enabled: Boolean(employeeId),
  });
}
