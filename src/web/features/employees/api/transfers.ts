import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  createTransferSchema,
  TransferListView,
  TransferView,
} from '../../../../domain/people/transfers';
import { api } from '../../../lib/api-client';
import { employeeKeys } from '../types';

export type TransferInput = z.input<typeof createTransferSchema>;
export type { TransferView };

export const transferKeys = {
  list: (employeeId: string) => ['employees', 'transfers', employeeId] as const,
};

export function listTransfers(employeeId: string, signal?: AbortSignal): Promise<TransferListView> {
  return api.get<TransferListView>(
    `/employees/${encodeURIComponent(employeeId)}/transfers`,
    undefined,
    signal,
  );
}

/** An employee's transfers (mutasi), newest first. */
export function useTransfers(employeeId: string) {
  return useQuery({
    queryKey: transferKeys.list(employeeId),
    queryFn: ({ signal }) => listTransfers(employeeId, signal),
  });
}

/** HR records a transfer: the employee, their plans and the lists that show them change. */
export function useCreateTransfer(employeeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TransferInput) =>
      api.post<TransferView>(`/employees/${encodeURIComponent(employeeId)}/transfers`, input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: transferKeys.list(employeeId) });
      void queryClient.invalidateQueries({ queryKey: employeeKeys.detail(employeeId) });
      void queryClient.invalidateQueries({ queryKey: employeeKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: ['work-plans'] });
      void queryClient.invalidateQueries({ queryKey: ['audit'] });
    },
  });
}
