import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { trainingKeys, type CreateTrainingInput, type Training, type UpdateTrainingInput } from '../types';

export const createTraining = (input: CreateTrainingInput) => api.post<Training>('/trainings', input);

export const updateTraining = (id: string, patch: UpdateTrainingInput) =>
  api.patch<Training>(`/trainings/${encodeURIComponent(id)}`, patch);

function useInvalidate() {
  const queryClient = useQueryClient();
  return (training: Training) => {
    queryClient.setQueryData(trainingKeys.detail(training.id), training);
    void queryClient.invalidateQueries({ queryKey: trainingKeys.lists() });
    void queryClient.invalidateQueries({ queryKey: ['audit'] });
  };
}

export function useCreateTraining() {
  const done = useInvalidate();
  return useMutation({ mutationFn: createTraining, onSuccess: done });
}

/** Changes a programme (also deactivating or reactivating it) with the version last read. */
export function useUpdateTraining() {
  const done = useInvalidate();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: UpdateTrainingInput }) => updateTraining(id, patch),
    onSuccess: done,
  });
}
