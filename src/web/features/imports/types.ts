import type { ImportReport } from '../../../domain/people/view';

export type ImportKind = 'units' | 'employees';

export type { ImportReport, ImportRowReport as ImportRow } from '../../../domain/people/view';

export function isImportReport(value: unknown): value is ImportReport {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<ImportReport>;
  return typeof v.total === 'number' && Array.isArray(v.rows);
}
