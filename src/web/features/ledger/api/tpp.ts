import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, downloadUrl } from '../../../lib/api-client';
import { ledgerKeys, type PutTppRates, type TppExportView, type TppRatesView } from '../types';

export function getTppRates(signal?: AbortSignal): Promise<TppRatesView> {
  return api.get<TppRatesView>('/settings/tpp', undefined, signal);
}

/** The TPP table (predicate → percentage) with its version and the defaults. */
export function useTppRates() {
  return useQuery({ queryKey: ledgerKeys.tppRates(), queryFn: ({ signal }) => getTppRates(signal) });
}

export function updateTppRates(input: PutTppRates): Promise<TppRatesView> {
  return api.put<TppRatesView>('/settings/tpp', input);
}

/** Saves the table (audited); every TPP export follows it. */
export function useUpdateTppRates() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateTppRates,
    onSuccess: (view) => {
      queryClient.setQueryData(ledgerKeys.tppRates(), view);
      void queryClient.invalidateQueries({ queryKey: [...ledgerKeys.all, 'tpp-export'] });
    },
  });
}

export function getTppExport(periodId: string, signal?: AbortSignal): Promise<TppExportView> {
  return api.get<TppExportView>('/exports/tpp', { periodId }, signal);
}

/** The TPP export of a periodic period: the final evaluations with their percentage, and who has none. */
export function useTppExport(periodId: string | null) {
  return useQuery({
    queryKey: ledgerKeys.tppExport(periodId ?? ''),
    queryFn: ({ signal }) => getTppExport(periodId ?? '', signal),
    enabled: Boolean(periodId),
  });
}

export const tppXlsxUrl = (periodId: string) =>
  downloadUrl(`/exports/tpp.xlsx?${new URLSearchParams({ periodId }).toString()}`);

export const creditPointsXlsxUrl = (cycleId: string, unitId: string | null) =>
  downloadUrl(
    `/credit-points/export.xlsx?${new URLSearchParams({ cycleId, ...(unitId ? { unitId } : {}) }).toString()}`,
  );
