import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { changePasswordSchema } from '../../../../domain/auth/schemas';
import { api } from '../../../lib/api-client';

export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

export function changePassword(input: ChangePasswordInput): Promise<void> {
  return api.post<void>('/auth/password', input);
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}
