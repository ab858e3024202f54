import { useQuery } from '@tanstack/react-query';
import { api, type Page } from '../../../lib/api-client';
import { feedbackKeys, type MyDialogueActionView } from '../types';

export function listMyActions(signal?: AbortSignal): Promise<Page<MyDialogueActionView>> {
  return api.get<Page<MyDialogueActionView>>(
    '/dialogue-actions',
    { owner: 'me', open: 'true', limit: 20 },
    signal,
  );
}

/** My open actions from performance dialogues, soonest due first (Beranda). */
export function useMyActions(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: feedbackKeys.myActions(),
    queryFn: ({ signal }) => listMyActions(signal),
    enabled: options.enabled ?? true,
  });
}
