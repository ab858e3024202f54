import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { cycleKeys, type Cycle, type CycleClosePreview, type CycleCloseResult } from '../types';

const base = (cycleId: string) => `/cycles/${encodeURIComponent(cycleId)}`;

export function getClosePreview(cycleId: string, signal?: AbortSignal): Promise<CycleClosePreview> {
  return api.get<CycleClosePreview>(`${base(cycleId)}/close-preview`, undefined, signal);
}

/** What is still open in the cycle (hr_admin); loaded only while the close dialog is open, fresh each time. */
export function useClosePreview(cycleId: string, enabled: boolean) {
  return useQuery({
    queryKey: cycleKeys.closePreview(cycleId),
    queryFn: ({ signal }) => getClosePreview(cycleId, signal),
    enabled,
    staleTime: 0,
  });
}

export function closeCycle(
  cycleId: string,
  body: { version?: number; note?: string | null },
): Promise<CycleCloseResult> {
  return api.post<CycleCloseResult>(`${base(cycleId)}/close`, body);
}

export function useCloseCycle(cycleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { version?: number; note?: string | null }) => closeCycle(cycleId, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: cycleKeys.all }),
  });
}

export function reopenCycle(cycleId: string, body: { reason: string; version?: number }): Promise<Cycle> {
  return api.post<Cycle>(`${base(cycleId)}/reopen`, body);
}

export function useReopenCycle(cycleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { reason: string; version?: number }) => reopenCycle(cycleId, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: cycleKeys.all }),
  });
}
