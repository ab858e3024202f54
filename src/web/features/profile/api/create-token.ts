import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { tokenKeys, type CreatedToken } from '../types';

export function createToken(name: string): Promise<CreatedToken> {
  return api.post<CreatedToken>('/auth/tokens', { name });
}

export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createToken,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokenKeys.all }),
  });
}
