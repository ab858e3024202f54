import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Page } from '../../../lib/api-client';
import { libraryKeys, type IndicatorTemplate, type TemplateListParams } from '../types';

export function listTemplates(
  params: TemplateListParams,
  signal?: AbortSignal,
): Promise<Page<IndicatorTemplate>> {
  return api.get<Page<IndicatorTemplate>>(
    '/indicator-templates',
    {
      q: params.q,
      sector: params.sector,
      category: params.category,
      aspect: params.aspect,
      status: params.status,
      limit: params.limit,
      offset: params.offset,
    },
    signal,
  );
}

export function useTemplates(params: TemplateListParams, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: libraryKeys.list(params),
    queryFn: ({ signal }) => listTemplates(params, signal),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}
