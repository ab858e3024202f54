import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import type { z } from 'zod';
import type { loginSchema, loginTotpSchema } from '../../domain/auth/schemas';
import type { LoginView, MfaView, SessionUser, SessionView } from '../../domain/auth/view';
import { can, type Permission } from '../../domain/permissions';
import {
  api,
  ApiError,
  apiRequest,
  setCsrfToken,
  setMfaEnrolmentHandler,
  setUnauthorizedHandler,
} from './api-client';

export type { MfaView, SessionUser };
export type Session = SessionView;
export type LoginInput = z.input<typeof loginSchema>;
export type LoginTotpInput = z.input<typeof loginTotpSchema>;
/** A completed sign-in, or the second step to take (the account has TOTP on). */
export type LoginResult = { user: SessionUser } | { mfaToken: string };

export const sessionQueryKey = ['auth', 'me'] as const;

/** The signed-in session, or null when nobody is signed in (401). */
export async function fetchSession(signal?: AbortSignal): Promise<Session | null> {
  try {
    return await apiRequest<Session>('/auth/me', { expectUnauthorized: true, ...(signal ? { signal } : {}) });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function loginRequest(input: LoginInput): Promise<LoginView> {
  return apiRequest<LoginView>('/auth/login', { method: 'POST', body: input, expectUnauthorized: true });
}

export function loginTotpRequest(input: LoginTotpInput): Promise<Session> {
  return apiRequest<Session>('/auth/login/totp', { method: 'POST', body: input, expectUnauthorized: true });
}

export function logoutRequest(): Promise<void> {
  return api.post<void>('/auth/logout');
}

interface AuthContextValue {
  /** undefined while the session is being checked */
  user: SessionUser | null | undefined;
  isLoading: boolean;
  error: unknown;
  retry: () => void;
  login: (input: LoginInput) => Promise<LoginResult>;
  /** the second step of a sign-in: a TOTP code or a recovery code */
  loginTotp: (input: LoginTotpInput) => Promise<SessionUser>;
  logout: () => Promise<void>;
  /** the second factor's status (from "who am I"); undefined until known */
  mfa: MfaView | undefined;
  /** reads "who am I" again (e.g. after enrolling a second factor) */
  refreshSession: () => Promise<void>;
}

const AuthContext = createContext<AuthContextValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: sessionQueryKey,
    queryFn: async ({ signal }) => {
      const result = await fetchSession(signal);
      setCsrfToken(result?.csrfToken ?? null);
      return result;
    },
    staleTime: Infinity,
    retry: 1,
  });

  const session = query.data;
  useEffect(() => {
    setCsrfToken(session?.csrfToken ?? null);
  }, [session]);

  useEffect(() => {
    setUnauthorizedHandler(() => {
      setCsrfToken(null);
      queryClient.setQueryData(sessionQueryKey, null);
    });
    setMfaEnrolmentHandler(() => void queryClient.invalidateQueries({ queryKey: sessionQueryKey }));
    return () => {
      setUnauthorizedHandler(null);
      setMfaEnrolmentHandler(null);
    };
  }, [queryClient]);

  const signedIn = useCallback(
    (result: Session) => {
      setCsrfToken(result.csrfToken);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth' && q.queryKey[0] !== 'meta' });
      queryClient.setQueryData(sessionQueryKey, result);
      // the sign-in answer has no second-factor status: "who am I" tells it
      if (!result.mfa) void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
      return result.user;
    },
    [queryClient],
  );

  const login = useCallback(
    async (input: LoginInput): Promise<LoginResult> => {
      const result = await loginRequest(input);
      if ('mfaRequired' in result) return { mfaToken: result.mfaToken };
      return { user: signedIn(result) };
    },
    [signedIn],
  );

  const loginTotp = useCallback(
    async (input: LoginTotpInput) => signedIn(await loginTotpRequest(input)),
    [signedIn],
  );

  const refreshSession = useCallback(
    () => queryClient.invalidateQueries({ queryKey: sessionQueryKey }),
    [queryClient],
  );

  const logout = useCallback(async () => {
    try {
      await logoutRequest();
    } finally {
      setCsrfToken(null);
      queryClient.setQueryData(sessionQueryKey, null);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth' && q.queryKey[0] !== 'meta' });
    }
  }, [queryClient]);

  const refetch = query.refetch;
  const value = useMemo<AuthContextValue>(
    () => ({
      user: query.isPending ? undefined : (session?.user ?? null),
      isLoading: query.isPending,
      error: query.isError && session === undefined ? query.error : null,
      retry: () => void refetch(),
      login,
      loginTotp,
      logout,
      mfa: session?.mfa,
      refreshSession,
    }),
    [query.isPending, query.isError, query.error, session, refetch, login, loginTotp, logout, refreshSession],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}

/** The signed-in user; only for components rendered behind the sign-in guard. */
export function useUser(): SessionUser {
  const { user } = useAuth();
  if (!user) throw new Error('useUser without a signed-in user');
  return user;
}

/** Whether the signed-in user holds a permission (the same table the server enforces). */
export function useCan(permission: Permission): boolean {
  const { user } = useAuth();
  return user ? can(user.roles, permission) : false;
}
