import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { progressKeys, type BulkProgressInput, type ProgressEntryView } from '../types';

export function bulkProgress(
  planId: string,
  input: BulkProgressInput,
): Promise<{ items: ProgressEntryView[] }> {
  return api.post<{ items: ProgressEntryView[] }>(
    `/work-plans/${encodeURIComponent(planId)}/progress/bulk`,
    input,
  );
}

export function useBulkProgress(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: BulkProgressInput) => bulkProgress(planId, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: progressKeys.all(planId) }),
  });
}
