import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { settingsKeys, type AgencySettingsView } from '../types';

export function getAgencySettings(signal?: AbortSignal): Promise<AgencySettingsView> {
  return api.get<AgencySettingsView>('/settings/agency', undefined, signal);
}

/** The agency head (Bupati) as documents name them when their account has no employee record. */
export function useAgencySettings() {
  return useQuery({ queryKey: settingsKeys.agency(), queryFn: ({ signal }) => getAgencySettings(signal) });
}

export function useUpdateAgencySettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; title: string; version: number }) =>
      api.put<AgencySettingsView>('/settings/agency', input),
    onSuccess: (view) => queryClient.setQueryData(settingsKeys.agency(), view),
  });
}
