import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { objectionKeys, type ObjectionView } from '../types';

export function explainObjection(id: string, text: string): Promise<ObjectionView> {
  return api.post<ObjectionView>(`/objections/${encodeURIComponent(id)}/explanations`, { text });
}

/** The employee or the assessor writes their own explanation. */
export function useExplainObjection(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => explainObjection(id, text),
    onSuccess: (objection) => {
      queryClient.setQueryData(objectionKeys.detail(id), objection);
      void queryClient.invalidateQueries({ queryKey: objectionKeys.lists() });
    },
  });
}
