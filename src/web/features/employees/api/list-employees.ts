import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Page } from '../../../lib/api-client';
import { employeeKeys, type Employee, type EmployeeListParams } from '../types';

export function listEmployees(params: EmployeeListParams, signal?: AbortSignal): Promise<Page<Employee>> {
  return api.get<Page<Employee>>(
    '/employees',
    {
      q: params.q,
      unitId: params.unitId,
      subunits: params.subunits === undefined ? undefined : String(params.subunits),
      asnType: params.asnType,
      positionType: params.positionType,
      supervisorId: params.supervisorId,
      limit: params.limit,
      offset: params.offset,
    },
    signal,
  );
}

export function useEmployees(params: EmployeeListParams, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: employeeKeys.list(params),
    queryFn: ({ signal }) => listEmployees(params, signal),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}
