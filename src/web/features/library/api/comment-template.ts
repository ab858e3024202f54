import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { libraryKeys, type TemplateComment } from '../types';

export function commentTemplate(id: string, body: string): Promise<TemplateComment> {
  return api.post<TemplateComment>(`/indicator-templates/${encodeURIComponent(id)}/comments`, { body });
}

export function useCommentTemplate(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => commentTemplate(id, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: libraryKeys.all }),
  });
}
