import { useMutation } from '@tanstack/react-query';
import { api, ApiError } from '../../../lib/api-client';
import { isImportReport, type ImportKind, type ImportReport } from '../types';

export interface RunImportInput {
  kind: ImportKind;
  file: File;
  dryRun: boolean;
  validOnly: boolean;
}

/**
 * Uploads a CSV/XLSX file. A real import with failing rows answers 400 VALIDATION_FAILED carrying the same
 * report as `details`; that report is returned like a normal answer (committed: false).
 */
export async function runImport({ kind, file, dryRun, validOnly }: RunImportInput): Promise<ImportReport> {
  const body = new FormData();
  body.append('file', file, file.name);
  try {
    return await api.post<ImportReport>(`/imports/${kind}`, body, {
      dryRun: String(dryRun),
      validOnly: String(validOnly),
    });
  } catch (error) {
    if (error instanceof ApiError && error.code === 'VALIDATION_FAILED' && isImportReport(error.details)) {
      return { ...error.details, committed: false };
    }
    throw error;
  }
}

export function useRunImport() {
  return useMutation({ mutationFn: runImport });
}

export function templatePath(kind: ImportKind): string {
  return `/imports/templates/${kind}.csv`;
}
