import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { userKeys, type UserAccount, type UpdateUserInput } from '../types';

export function updateUser(id: string, input: UpdateUserInput): Promise<UserAccount> {
  return api.patch<UserAccount>(`/users/${encodeURIComponent(id)}`, input);
}

export function useUpdateUser(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateUserInput) => updateUser(id, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}
