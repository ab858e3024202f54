import { useQuery } from '@tanstack/react-query';
import type { HomeView } from '../../../../domain/home/view';
import { api } from '../../../lib/api-client';

export const homeKeys = { all: ['home'] as const };

/** `GET /home`: the first screen per role (tasks, my achievement, unit and agency panels). */
export function useHome() {
  return useQuery({
    queryKey: homeKeys.all,
    queryFn: ({ signal }) => api.get<HomeView>('/home', undefined, signal),
    staleTime: 30_000,
  });
}
