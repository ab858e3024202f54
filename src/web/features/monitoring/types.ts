import type { CompletionStatus } from '../../../domain/monitoring/view';

export type {
  CompletionCounts,
  CompletionPeopleView,
  CompletionPersonView,
  CompletionStatus,
  CompletionUnitView,
  CompletionView,
} from '../../../domain/monitoring/view';
export { COMPLETION_STATUSES } from '../../../domain/monitoring/view';

export interface PeopleQuery {
  cycleId: string;
  unitId: string;
  status: CompletionStatus;
  periodId: string | null;
  scope: 'unit' | 'subtree';
  offset: number;
}

export const monitoringKeys = {
  all: ['monitoring'] as const,
  completion: (cycleId: string, periodId: string | null) =>
    ['monitoring', 'completion', cycleId, periodId] as const,
  people: (q: PeopleQuery | null) => ['monitoring', 'people', q] as const,
  probe: (cycleId: string | null) => ['monitoring', 'probe', cycleId] as const,
};
