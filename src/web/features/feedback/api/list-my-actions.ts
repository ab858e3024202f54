import { useQuery } from '@tanstack/react-query';
import { api, type Page } from '../../../lib/api-client';
import { feedbackKeys, type MyDialogueActionView } from '../types';

export function listMyActions(signal?: AbortSignal): Promise<Page<MyDialogueActionView>> {
  return api.get<Page<MyDialogueActionView>>(
    '/dialogue-actions',
    { owner: 'party', open: 'true', limit: 20 },
    signal,
  );
}

/** Open actions of my performance dialogues (mine and the other party's), soonest due first (Beranda). */
export function useMyActions(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: feedbackKeys.myActions(),
    queryFn: ({ signal }) => listMyActions(signal),
    enabled: options.enabled ?? true,
  });
}
