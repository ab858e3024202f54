import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ApiError } from '../../../lib/api-client';
import { progressKeys, type ProgressImportReport } from '../types';

export interface ProgressImportInput {
  file: File;
  dryRun: boolean;
  validOnly: boolean;
}

function isReport(value: unknown): value is ProgressImportReport {
  return typeof value === 'object' && value !== null && Array.isArray((value as ProgressImportReport).rows);
}

/** Imports progress rows; a real import with failing rows answers 400 with the report, returned as uncommitted. */
export async function importProgress(
  planId: string,
  { file, dryRun, validOnly }: ProgressImportInput,
): Promise<ProgressImportReport> {
  const body = new FormData();
  body.append('file', file, file.name);
  try {
    return await api.post<ProgressImportReport>(
      `/work-plans/${encodeURIComponent(planId)}/progress/import`,
      body,
      {
        dryRun: String(dryRun),
        validOnly: String(validOnly),
      },
    );
  } catch (error) {
    if (error instanceof ApiError && error.code === 'VALIDATION_FAILED' && isReport(error.details)) {
      return { ...error.details, committed: false };
    }
    throw error;
  }
}

export function useImportProgress(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ProgressImportInput) => importProgress(planId, input),
    onSuccess: (report) => {
      if (report.committed) void queryClient.invalidateQueries({ queryKey: progressKeys.all(planId) });
    },
  });
}
