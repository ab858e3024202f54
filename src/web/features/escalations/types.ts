export type {
  DecideEscalationInput,
  EscalationHistory,
  EscalationView,
} from '../../../domain/evaluations/improvement-view';
export { decideEscalationSchema, ESCALATION_NOTE_MAX } from '../../../domain/evaluations/improvement-view';
export {
  ESCALATION_DECISIONS,
  type EscalationDecision,
  type EscalationStatus,
} from '../../../domain/evaluations/improvement';

export const escalationKeys = {
  all: ['escalations'] as const,
  lists: () => ['escalations', 'list'] as const,
  list: (status: 'open' | 'decided', offset: number) => ['escalations', 'list', status, offset] as const,
  detail: (id: string) => ['escalations', 'detail', id] as const,
};
