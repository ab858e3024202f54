import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { settingsKeys, type AssessmentSettingsView } from '../types';

export function getAssessmentSettings(signal?: AbortSignal): Promise<AssessmentSettingsView> {
  return api.get<AssessmentSettingsView>('/settings/assessment', undefined, signal);
}

/** The agency's assessment rules (distribution table, annual mode, leader rule, objection window) and defaults. */
export function useAssessmentSettings() {
  return useQuery({
    queryKey: settingsKeys.assessment(),
    queryFn: ({ signal }) => getAssessmentSettings(signal),
  });
}
