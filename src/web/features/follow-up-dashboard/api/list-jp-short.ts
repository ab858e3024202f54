import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { followUpKeys, type JpShortListView } from '../types';

export const JP_SHORT_PAGE = 20;

export function listJpShort(unitId: string | null, year: number, offset: number, signal?: AbortSignal) {
  return api.get<JpShortListView>(
    '/dashboards/follow-up/jp-short',
    { unitId, year, offset, limit: JP_SHORT_PAGE },
    signal,
  );
}

/** The PNS short of the yearly JP minimum, the largest shortfall first, one page. */
export function useJpShort(unitId: string | null, year: number, offset: number) {
  return useQuery({
    queryKey: followUpKeys.jpShort(unitId, year, offset),
    queryFn: ({ signal }) => listJpShort(unitId, year, offset, signal),
    placeholderData: keepPreviousData,
  });
}
