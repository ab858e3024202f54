import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { libraryKeys, type IndicatorTemplate, type ProposalInput } from '../types';

export function proposeTemplate(input: ProposalInput): Promise<IndicatorTemplate> {
  return api.post<IndicatorTemplate>('/indicator-templates/proposals', input);
}

export function useProposeTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: proposeTemplate,
    onSettled: () => queryClient.invalidateQueries({ queryKey: libraryKeys.all }),
  });
}
