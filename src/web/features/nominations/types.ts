export type {
  CreateNominationInput,
  DecideNominationInput,
  NominationKind,
  NominationStatus,
  NominationView,
} from '../../../domain/evaluations/recognition';
export {
  createNominationSchema,
  decideNominationSchema,
  NOMINATION_KINDS,
  NOMINATION_REASON_MAX,
} from '../../../domain/evaluations/recognition';

export type NominationTab = 'nominated' | 'accepted' | 'declined';

export const nominationKeys = {
  all: ['nominations'] as const,
  lists: () => ['nominations', 'list'] as const,
  list: (status: NominationTab, offset: number) => ['nominations', 'list', status, offset] as const,
  ofEvaluation: (evaluationId: string) => ['nominations', 'evaluation', evaluationId] as const,
};
