export type ImportKind = 'units' | 'employees';

export interface ImportRowIssue {
  field: string;
  message: string;
}

export interface ImportRow {
  row: number;
  key: string;
  status: 'ok' | 'error';
  /** whether the row adds a new record or updates an existing one (same key) */
  action?: 'create' | 'update';
  errors: ImportRowIssue[];
}

export interface ImportReport {
  total: number;
  imported: number;
  failed: number;
  committed: boolean;
  rows: ImportRow[];
}

export function isImportReport(value: unknown): value is ImportReport {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<ImportReport>;
  return typeof v.total === 'number' && Array.isArray(v.rows);
}
