import type { DistributionViolation } from '../../../domain/evaluations/distribution';

export type {
  AnnualPrefillView,
  BehaviourRatingView,
  EvaluationListItem,
  EvaluationCan,
  EvaluationResultRow,
  EvaluationStatus,
  EvaluationView,
  ObjectionStatus,
  ObjectionView,
  OfferedRatingView,
  PatternRow,
  RatingsSnapshot,
  ResultRatingView,
  SuggestionView,
  TeamEvaluationRow,
} from '../../../domain/evaluations/view';
export type { DistributionViolation } from '../../../domain/evaluations/distribution';
export type { Predicate, Rating } from '../../../domain/evaluations/matrix';
export type { UpdateEvaluationInput } from '../../../domain/evaluations/schemas';

export const evaluationKeys = {
  all: ['evaluations'] as const,
  team: (periodId: string) => ['evaluations', 'team', periodId] as const,
  list: (query: Record<string, unknown>) => ['evaluations', 'list', query] as const,
  detail: (id: string) => ['evaluations', 'detail', id] as const,
};

/** What a 409 on finalise carries (`details`): the broken distribution rules, or the missing fields. */
export interface FinalizeConflictDetails {
  violations?: DistributionViolation[];
  missing?: string[];
}
