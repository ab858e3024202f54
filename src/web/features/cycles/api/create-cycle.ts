import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { cycleKeys, type CreateCycleInput, type Cycle } from '../types';

export function createCycle(input: CreateCycleInput): Promise<Cycle> {
  return api.post<Cycle>('/cycles', input);
}

export function useCreateCycle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCycle,
    onSuccess: (cycle) => {
      queryClient.setQueryData(cycleKeys.detail(cycle.id), cycle);
      void queryClient.invalidateQueries({ queryKey: cycleKeys.all });
    },
  });
}
