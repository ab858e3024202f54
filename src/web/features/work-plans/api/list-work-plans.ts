import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Page } from '../../../lib/api-client';
import { workPlanKeys, type WorkPlanListItem, type WorkPlanListParams } from '../types';

export function listWorkPlans(
  params: WorkPlanListParams,
  signal?: AbortSignal,
): Promise<Page<WorkPlanListItem>> {
  return api.get<Page<WorkPlanListItem>>(
    '/work-plans',
    {
      cycleId: params.cycleId,
      employeeId: params.employeeId,
      assessorId: params.assessorId,
      assessedBy: params.assessedBy,
      status: params.status,
      current: params.current === undefined ? undefined : String(params.current),
      limit: params.limit,
      offset: params.offset,
    },
    signal,
  );
}

export function useWorkPlans(params: WorkPlanListParams, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: workPlanKeys.list(params),
    queryFn: ({ signal }) => listWorkPlans(params, signal),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}
