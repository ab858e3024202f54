import type { AssessmentSettings } from '../../../domain/evaluations/schemas';
export type { AgencySettingsView, AssessmentSettingsView } from '../../../domain/evaluations/view';
export {
  ANNUAL_MODES,
  LEADER_RULE_MODES,
  assessmentSettingsSchema,
  type AssessmentSettings,
} from '../../../domain/evaluations/schemas';
export { PREDICATES, type Predicate } from '../../../domain/evaluations/matrix';
export { ORG_PREDICATES, type OrgPredicate } from '../../../domain/evaluations/suggestion';

export type PutAssessmentSettingsInput = AssessmentSettings & {
  version?: number;
};

export const settingsKeys = {
  assessment: () => ['settings', 'assessment'] as const,
  agency: () => ['settings', 'agency'] as const,
};
