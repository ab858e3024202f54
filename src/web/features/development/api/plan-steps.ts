import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AddItemInput } from '../../../../domain/development/schemas';
import type { DevelopmentItemView, DevelopmentPlanDetail } from '../../../../domain/development/view';
import { api } from '../../../lib/api-client';
import { uploadWithProgress, type UploadProgress } from '../../../lib/upload';
import { developmentPlanKeys } from '../../evaluations';
import { developmentKeys } from './keys';

export function addItem(planId: string, input: AddItemInput): Promise<DevelopmentItemView> {
  return api.post<DevelopmentItemView>(`/development-plans/${encodeURIComponent(planId)}/items`, input);
}

export function agreePlan(planId: string, version?: number): Promise<DevelopmentPlanDetail> {
  return api.post<DevelopmentPlanDetail>(`/development-plans/${encodeURIComponent(planId)}/agree`, {
    version,
  });
}

export function cancelItem(itemId: string, reason: string | null): Promise<DevelopmentItemView> {
  return api.post<DevelopmentItemView>(`/development-plan-items/${encodeURIComponent(itemId)}/cancel`, {
    reason,
  });
}

/** Completes an item with its certificate (multipart: part `file`, field `note`), reporting the upload's progress. */
export function completeItem(
  itemId: string,
  input: { file: File; note: string | null },
  onProgress?: (progress: UploadProgress) => void,
): Promise<DevelopmentItemView> {
  const body = new FormData();
  if (input.note) body.append('note', input.note);
  body.append('file', input.file, input.file.name);
  return uploadWithProgress<DevelopmentItemView>(
    `/development-plan-items/${encodeURIComponent(itemId)}/complete`,
    body,
    onProgress,
  );
}

/** Every step on a plan refreshes the plan and the employee's list of plans. */
function useInvalidate(planId: string, employeeId: string | null) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: developmentKeys.detail(planId) }),
      employeeId
        ? queryClient.invalidateQueries({ queryKey: developmentPlanKeys.byEmployee(employeeId) })
        : Promise.resolve(),
    ]);
}

export function useAddItem(planId: string, employeeId: string) {
  const invalidate = useInvalidate(planId, employeeId);
  return useMutation({ mutationFn: (input: AddItemInput) => addItem(planId, input), onSettled: invalidate });
}

export function useAgreePlan(planId: string, employeeId: string) {
  const invalidate = useInvalidate(planId, employeeId);
  return useMutation({ mutationFn: (version?: number) => agreePlan(planId, version), onSettled: invalidate });
}

export function useCancelItem(planId: string, employeeId: string) {
  const invalidate = useInvalidate(planId, employeeId);
  return useMutation({
    mutationFn: (input: { itemId: string; reason: string | null }) => cancelItem(input.itemId, input.reason),
    onSettled: invalidate,
  });
}

export function useCompleteItem(planId: string, employeeId: string) {
  const invalidate = useInvalidate(planId, employeeId);
  return useMutation({
    mutationFn: (input: {
      itemId: string;
      file: File;
      note: string | null;
      onProgress?: (p: UploadProgress) => void;
    }) => completeItem(input.itemId, { file: input.file, note: input.note }, input.onProgress),
    onSettled: invalidate,
  });
}
