import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Page } from '../../../lib/api-client';
import { nominationKeys, type NominationTab, type NominationView } from '../types';

export const NOMINATIONS_PAGE = 25;

export function listNominations(
  status: NominationTab,
  offset: number,
  signal?: AbortSignal,
): Promise<Page<NominationView>> {
  return api.get<Page<NominationView>>('/nominations', { status, limit: NOMINATIONS_PAGE, offset }, signal);
}

/** Usulan Penghargaan (HR, agency head), newest first. */
export function useNominations(status: NominationTab, offset: number) {
  return useQuery({
    queryKey: nominationKeys.list(status, offset),
    queryFn: ({ signal }) => listNominations(status, offset, signal),
    placeholderData: keepPreviousData,
  });
}
