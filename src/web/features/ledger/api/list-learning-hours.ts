import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { ledgerKeys, type LearningHoursListView } from '../types';

export interface LearningHoursListQuery {
  year: number | null;
  unitId: string | null;
  short: boolean;
  limit: number;
  offset: number;
}

export function listLearningHours(
  q: LearningHoursListQuery,
  signal?: AbortSignal,
): Promise<LearningHoursListView> {
  return api.get<LearningHoursListView>(
    '/learning-hours',
    { year: q.year, unitId: q.unitId, short: q.short ? 'true' : undefined, limit: q.limit, offset: q.offset },
    signal,
  );
}

/** Everyone's JP for a year (HR, the agency head; a unit head: their subtree), optionally only those short. */
export function useLearningHoursList(q: LearningHoursListQuery, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: ledgerKeys.learningHoursList(q),
    queryFn: ({ signal }) => listLearningHours(q, signal),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}
