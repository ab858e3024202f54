import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { libraryKeys, type IndicatorTemplate } from '../types';

/** Adopt (reason optional) or decline (reason required) a proposal: hr_admin or a unit head. */
export function decideTemplate(
  id: string,
  decision: 'adopt' | 'decline',
  reason: string | null,
): Promise<IndicatorTemplate> {
  return api.post<IndicatorTemplate>(
    `/indicator-templates/${encodeURIComponent(id)}/${decision}`,
    reason ? { reason } : {},
  );
}

export function useDecideTemplate(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ decision, reason }: { decision: 'adopt' | 'decline'; reason: string | null }) =>
      decideTemplate(id, decision, reason),
    onSettled: () => queryClient.invalidateQueries({ queryKey: libraryKeys.all }),
  });
}
