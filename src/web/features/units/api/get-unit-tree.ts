import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { unitKeys, type UnitTreeItem } from '../types';

export function getUnitTree(signal?: AbortSignal): Promise<{ items: UnitTreeItem[] }> {
  return api.get<{ items: UnitTreeItem[] }>('/units/tree', undefined, signal);
}

export function useUnitTree() {
  return useQuery({
    queryKey: unitKeys.tree(),
    queryFn: ({ signal }) => getUnitTree(signal),
    staleTime: 60_000,
    select: (data) => data.items,
  });
}
