import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ApiError } from '../../../lib/api-client';
import { trainingKeys, type TrainingImportReport } from '../types';

export interface TrainingImportInput {
  file: File;
  dryRun: boolean;
  validOnly: boolean;
}

function isReport(value: unknown): value is TrainingImportReport {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<TrainingImportReport>;
  return typeof v.total === 'number' && Array.isArray(v.rejected);
}

/**
 * Uploads a catalogue XLSX. A real import with failing rows answers 400 VALIDATION_FAILED carrying the same report
 * as `details`; that report is returned like a normal answer (committed: false).
 */
export async function importTrainings({
  file,
  dryRun,
  validOnly,
}: TrainingImportInput): Promise<TrainingImportReport> {
  const body = new FormData();
  body.append('file', file, file.name);
  try {
    return await api.post<TrainingImportReport>('/trainings/import', body, {
      dryRun: String(dryRun),
      validOnly: String(validOnly),
    });
  } catch (error) {
    if (error instanceof ApiError && error.code === 'VALIDATION_FAILED' && isReport(error.details)) {
      return { ...error.details, committed: false };
    }
    throw error;
  }
}

export function useImportTrainings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importTrainings,
    onSuccess: (report) => {
      if (report.committed) void queryClient.invalidateQueries({ queryKey: trainingKeys.all });
    },
  });
}

export const TRAINING_EXPORT_PATH = '/trainings/export.xlsx';
