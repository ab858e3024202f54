import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { userKeys, type UserAccount, type CreateUserInput } from '../types';

export function createUser(input: CreateUserInput): Promise<UserAccount> {
  return api.post<UserAccount>('/users', input);
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}
