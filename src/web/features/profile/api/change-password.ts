import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { changePasswordSchema } from '../../../../domain/auth/schemas';
import { api } from '../../../lib/api-client';
import { sessionKeys, tokenKeys } from '../types';

export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

export function changePassword(input: ChangePasswordInput): Promise<void> {
  return api.post<void>('/auth/password', input);
}

/** Afterwards the other sessions are gone and the API tokens revoked: both lists are read again. */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: sessionKeys.all });
      await queryClient.invalidateQueries({ queryKey: tokenKeys.all });
    },
  });
}
