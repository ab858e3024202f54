import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { followUpKeys, type OverdueListView } from '../types';

export const OVERDUE_PAGE = 20;

export function listOverdue(unitId: string | null, offset: number, signal?: AbortSignal) {
  return api.get<OverdueListView>(
    '/dashboards/follow-up/overdue',
    { unitId, offset, limit: OVERDUE_PAGE },
    signal,
  );
}

/** The development plan items past their due date, longest overdue first, one page. */
export function useOverdueItems(unitId: string | null, offset: number) {
  return useQuery({
    queryKey: followUpKeys.overdue(unitId, offset),
    queryFn: ({ signal }) => listOverdue(unitId, offset, signal),
    placeholderData: keepPreviousData,
  });
}
