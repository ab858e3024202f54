import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { libraryKeys, type IndicatorTemplateDetail } from '../types';

export function getTemplate(id: string, signal?: AbortSignal): Promise<IndicatorTemplateDetail> {
  return api.get<IndicatorTemplateDetail>(
    `/indicator-templates/${encodeURIComponent(id)}`,
    undefined,
    signal,
  );
}

export function useTemplate(id: string) {
  return useQuery({
    queryKey: libraryKeys.detail(id),
    queryFn: ({ signal }) => getTemplate(id, signal),
    enabled: Boolean(id),
  });
}
