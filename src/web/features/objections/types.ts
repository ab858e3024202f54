import type { Rating } from '../../../domain/evaluations/matrix';
export type {
  EvaluationView,
  ObjectionStatus,
  ObjectionView,
  RatingsSnapshot,
} from '../../../domain/evaluations/view';
export { RATINGS, predicateFor, type Predicate, type Rating } from '../../../domain/evaluations/matrix';
export {
  decideObjectionSchema,
  explanationRequestSchema,
  explanationSchema,
} from '../../../domain/evaluations/schemas';

export type ObjectionTab = 'open' | 'decided';

export interface DecideObjectionInput {
  outcome: 'upheld' | 'changed';
  resultRating?: Rating;
  behaviourRating?: Rating;
  note: string;
}

export const objectionKeys = {
  all: ['objections'] as const,
  lists: () => ['objections', 'list'] as const,
  list: (status: ObjectionTab, offset: number) => ['objections', 'list', status, offset] as const,
  detail: (id: string) => ['objections', 'detail', id] as const,
};
