import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { evaluationKeys, type ObjectionView } from '../types';

export function explainObjection(objectionId: string, input: { text: string }): Promise<ObjectionView> {
  return api.post<ObjectionView>(`/objections/${encodeURIComponent(objectionId)}/explanations`, input);
}

/** The employee's or the assessor's explanation on an objection (each writes their own). */
export function useExplainObjection(objectionId: string, evaluationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { text: string }) => explainObjection(objectionId, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: evaluationKeys.detail(evaluationId) }),
  });
}
