import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Role } from '../../../../domain/permissions';
import { api } from '../../../lib/api-client';
import { userKeys, type UserAccount } from '../types';

export interface CreateUserInput {
  username: string;
  password: string;
  roles: Role[];
  employeeId: string | null;
}

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
