import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { evaluationKeys, type ObjectionView } from '../types';

export function fileObjection(evaluationId: string, input: { reason: string }): Promise<ObjectionView> {
  return api.post<ObjectionView>(`/evaluations/${encodeURIComponent(evaluationId)}/objections`, input);
}

/** Ajukan Keberatan: the employee objects to the final evaluation within the window. */
export function useFileObjection(evaluationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { reason: string }) => fileObjection(evaluationId, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: evaluationKeys.detail(evaluationId) }),
  });
}
