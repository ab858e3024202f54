export type {
  EvidenceView,
  GridCell,
  GridIndicator,
  GridPeriod,
  ProgressEntryView,
  ProgressGridView,
  ProgressImportReport,
} from '../../../domain/progress/view';
export type { BulkProgressInput, RecordProgressInput } from '../../../domain/progress/schemas';

export const progressKeys = {
  all: (planId: string) => ['work-plans', 'detail', planId, 'progress'] as const,
  grid: (planId: string) => ['work-plans', 'detail', planId, 'progress', 'grid'] as const,
  entries: (planId: string, periodId: string | null) =>
    ['work-plans', 'detail', planId, 'progress', 'entries', periodId] as const,
};
