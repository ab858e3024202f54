import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export function resetPassword(id: string, password: string): Promise<void> {
  return api.post<void>(`/users/${encodeURIComponent(id)}/reset-password`, { password });
}

export function useResetPassword(id: string) {
  return useMutation({ mutationFn: (password: string) => resetPassword(id, password) });
}
