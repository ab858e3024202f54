import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Page } from '../../../lib/api-client';
import { objectionKeys, type ObjectionTab, type ObjectionView } from '../types';

export const OBJECTIONS_PAGE = 25;

export function listObjections(
  status: ObjectionTab,
  offset: number,
  signal?: AbortSignal,
): Promise<Page<ObjectionView>> {
  return api.get<Page<ObjectionView>>('/objections', { status, limit: OBJECTIONS_PAGE, offset }, signal);
}

/** Objections filed by the caller, to be decided by the caller, or (HR, agency head, auditor) all of them. */
export function useObjections(status: ObjectionTab, offset: number) {
  return useQuery({
    queryKey: objectionKeys.list(status, offset),
    queryFn: ({ signal }) => listObjections(status, offset, signal),
    placeholderData: keepPreviousData,
  });
}
