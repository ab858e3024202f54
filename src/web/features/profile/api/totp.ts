import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { sessionQueryKey } from '../../../lib/auth';
import { totpKeys, type RecoveryCodes, type TotpSetup, type TotpStatus } from '../types';

/** The second factor (TOTP) of the signed-in account. */
export function useTotpStatus() {
  return useQuery({
    queryKey: totpKeys.all,
    queryFn: ({ signal }) => api.get<TotpStatus>('/auth/totp', undefined, signal),
  });
}

/** After a change, the status and "who am I" (banner, forced enrolment) are read again. */
function useTotpMutation<I, O>(fn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: totpKeys.all });
      await queryClient.invalidateQueries({ queryKey: sessionQueryKey });
    },
  });
}

export const useSetupTotp = () => useTotpMutation(() => api.post<TotpSetup>('/auth/totp/setup'));
export const useEnableTotp = () =>
  useTotpMutation((code: string) => api.post<RecoveryCodes>('/auth/totp/enable', { code }));
export const useRegenerateRecoveryCodes = () =>
  useTotpMutation((code: string) => api.post<RecoveryCodes>('/auth/totp/recovery-codes', { code }));
export const useDisableTotp = () =>
  useTotpMutation((input: { password: string; code: string }) => api.post<void>('/auth/totp/disable', input));
