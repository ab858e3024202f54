import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { developmentKeys } from './keys';

/** A catalogue programme as `GET /trainings` lists it (api.md; built by the catalogue module). */
export interface TrainingOption {
  id: string;
  title: string;
  provider: string;
  mode: string;
  hours: number;
  competences: string[];
  active: boolean;
}

export function searchTrainings(q: string, signal?: AbortSignal) {
  return api.get<{ items: TrainingOption[]; total: number }>('/trainings', { q, limit: 20 }, signal);
}

/** Katalog Pengembangan search for the "add from the catalogue" picker (active programmes only). */
export function useTrainingSearch(q: string, enabled: boolean) {
  return useQuery({
    queryKey: developmentKeys.trainings(q),
    queryFn: ({ signal }) => searchTrainings(q, signal),
    enabled,
    retry: false,
    staleTime: 60_000,
  });
}
