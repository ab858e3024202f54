import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { teamKeys, type TeamMatrixView } from '../types';

export function getTeamMatrix(cycleId: string, signal?: AbortSignal): Promise<TeamMatrixView> {
  return api.get<TeamMatrixView>('/team-matrix', { cycleId }, signal);
}

export function useTeamMatrix(cycleId: string | null | undefined) {
  return useQuery({
    queryKey: teamKeys.matrix(cycleId ?? ''),
    queryFn: ({ signal }) => getTeamMatrix(cycleId ?? '', signal),
    enabled: Boolean(cycleId),
  });
}
