import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export interface DemoAccount {
  username: string;
  role: string;
  description: string;
}

export interface Meta {
  name: string;
  demo: boolean;
  demoPassword: string | null;
  demoAccounts: DemoAccount[];
}

export function getMeta(signal?: AbortSignal): Promise<Meta> {
  return api.get<Meta>('/meta', undefined, signal);
}

export function useMeta() {
  return useQuery({ queryKey: ['meta'], queryFn: ({ signal }) => getMeta(signal), staleTime: Infinity });
}
