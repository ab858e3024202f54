export type {
  CreditPointItemView,
  CreditPointsView,
  LearningHoursItemView,
  LearningHoursListView,
  LearningHoursRowView,
  LearningHoursView,
  TppExportView,
  TppItemView,
  TppMissingView,
  TppRatesView,
} from '../../../domain/ledger/view';
export type { PutTppRates } from '../../../domain/ledger/schemas';
export type { TppRates } from '../../../domain/evaluations/tpp';

export const ledgerKeys = {
  all: ['ledger'] as const,
  learningHours: (employeeId: string, year: number | null) =>
    ['ledger', 'learning-hours', employeeId, year] as const,
  learningHoursList: (q: object) => ['ledger', 'learning-hours-list', q] as const,
  creditPoints: (employeeId: string, cycleId: string | null) =>
    ['ledger', 'credit-points', employeeId, cycleId] as const,
  tppRates: () => ['ledger', 'tpp-rates'] as const,
  tppExport: (periodId: string) => ['ledger', 'tpp-export', periodId] as const,
};
