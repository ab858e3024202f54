import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { employeeKeys, type Employee } from '../types';

export function getEmployee(id: string, signal?: AbortSignal): Promise<Employee> {
  return api.get<Employee>(`/employees/${encodeURIComponent(id)}`, undefined, signal);
}

export function useEmployee(id: string | null | undefined) {
  return useQuery({
    queryKey: employeeKeys.detail(id ?? ''),
    queryFn: ({ signal }) => getEmployee(id ?? '', signal),
    enabled: Boolean(id),
  });
}
