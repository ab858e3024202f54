import { useQuery } from '@tanstack/react-query';
import { api, type Page } from '../../../lib/api-client';
import { cycleKeys, type Cycle } from '../types';

export function listCycles(signal?: AbortSignal): Promise<Page<Cycle>> {
  return api.get<Page<Cycle>>('/cycles', undefined, signal);
}

export function useCycles() {
  return useQuery({ queryKey: cycleKeys.list(), queryFn: ({ signal }) => listCycles(signal) });
}
