import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { trainingKeys, type TrainingList, type TrainingListParams } from '../types';

export function listTrainings(params: TrainingListParams, signal?: AbortSignal): Promise<TrainingList> {
  return api.get<TrainingList>(
    '/trainings',
    {
      q: params.q,
      competence: params.competence,
      mode: params.mode,
      active: params.active,
      limit: params.limit,
      offset: params.offset,
    },
    signal,
  );
}

/** A page of the catalogue (the previous page stays on screen while the next one loads). */
export function useTrainings(params: TrainingListParams, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: trainingKeys.list(params),
    queryFn: ({ signal }) => listTrainings(params, signal),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}
