import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { employeeKeys, type Employee, type EmployeePatch } from '../types';

export function updateEmployee(id: string, patch: EmployeePatch): Promise<Employee> {
  return api.patch<Employee>(`/employees/${encodeURIComponent(id)}`, patch);
}

export function useUpdateEmployee(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: EmployeePatch) => updateEmployee(id, patch),
    onSuccess: (employee) => {
      queryClient.setQueryData(employeeKeys.detail(employee.id), employee);
      void queryClient.invalidateQueries({ queryKey: employeeKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: ['units'] });
      void queryClient.invalidateQueries({ queryKey: ['audit'] });
    },
  });
}
