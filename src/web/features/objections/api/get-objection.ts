import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { objectionKeys, type ObjectionView } from '../types';

export function getObjection(id: string, signal?: AbortSignal): Promise<ObjectionView> {
  return api.get<ObjectionView>(`/objections/${encodeURIComponent(id)}`, undefined, signal);
}

export function useObjection(id: string | undefined) {
  return useQuery({
    queryKey: objectionKeys.detail(id ?? ''),
    queryFn: ({ signal }) => getObjection(id ?? '', signal),
    enabled: Boolean(id),
  });
}
