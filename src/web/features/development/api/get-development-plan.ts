import { useQuery } from '@tanstack/react-query';
import type { DevelopmentPlanDetail } from '../../../../domain/development/view';
import { api } from '../../../lib/api-client';
import { developmentKeys } from './keys';

export type {
  DevelopmentItemView,
  DevelopmentPlanDetail,
  DevelopmentPlanListItem,
  RecommendationView,
} from '../../../../domain/development/view';

export function getDevelopmentPlan(id: string, signal?: AbortSignal): Promise<DevelopmentPlanDetail> {
  return api.get<DevelopmentPlanDetail>(`/development-plans/${encodeURIComponent(id)}`, undefined, signal);
}

/** One development plan with its focus areas, recommendations, items and agreements. */
export function useDevelopmentPlan(id: string) {
  return useQuery({
    queryKey: developmentKeys.detail(id),
    queryFn: ({ signal }) => getDevelopmentPlan(id, signal),
    enabled: id !== '',
  });
}
