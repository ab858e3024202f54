import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ImprovementSettingsView } from '../../../../domain/evaluations/improvement-view';
import { api } from '../../../lib/api-client';

export type { ImprovementSettingsView } from '../../../../domain/evaluations/improvement-view';

const key = ['settings', 'improvement'] as const;

export function useImprovementSettings() {
  return useQuery({
    queryKey: key,
    queryFn: ({ signal }) => api.get<ImprovementSettingsView>('/settings/improvement', undefined, signal),
  });
}

export function useUpdateImprovementSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { enabled: boolean; months: number; version: number }) =>
      api.put<ImprovementSettingsView>('/settings/improvement', input),
    onSuccess: (view) => queryClient.setQueryData(key, view),
  });
}
