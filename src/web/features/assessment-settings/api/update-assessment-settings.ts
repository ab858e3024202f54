import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { settingsKeys, type AssessmentSettingsView, type PutAssessmentSettingsInput } from '../types';

export function updateAssessmentSettings(input: PutAssessmentSettingsInput): Promise<AssessmentSettingsView> {
  return api.put<AssessmentSettingsView>('/settings/assessment', input);
}

/** Saves the rules (audited with before/after); the patterns of every unit follow. */
export function useUpdateAssessmentSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateAssessmentSettings,
    onSuccess: (view) => {
      queryClient.setQueryData(settingsKeys.assessment(), view);
      void queryClient.invalidateQueries({ queryKey: ['calibration'] });
    },
  });
}
