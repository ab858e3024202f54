import type { z } from 'zod';
import type { bulkProgressSchema, recordProgressSchema } from '../../../domain/progress/schemas';

export type {
  ComparisonView,
  EvidenceView,
  GridCell,
  GridIndicator,
  GridPeriod,
  ProgressEntryView,
  ProgressGridView,
  ProgressImportReport,
} from '../../../domain/progress/view';

export type RecordProgressInput = z.input<typeof recordProgressSchema>;
export type BulkProgressInput = z.input<typeof bulkProgressSchema>;

export const progressKeys = {
  all: (planId: string) => ['work-plans', 'detail', planId, 'progress'] as const,
  grid: (planId: string) => ['work-plans', 'detail', planId, 'progress', 'grid'] as const,
  entries: (planId: string, periodId: string | null) =>
    ['work-plans', 'detail', planId, 'progress', 'entries', periodId] as const,
};
