import type { z } from 'zod';
import type { ASN_TYPES, PositionType } from '../../../domain/people/ranks';
import type { createEmployeeSchema, updateEmployeeSchema } from '../../../domain/people/schemas';

export type { EmployeeRef as PersonRef, EmployeeView as Employee } from '../../../domain/people/view';

export type AsnType = (typeof ASN_TYPES)[number];

export interface EmployeeListParams {
  q?: string;
  unitId?: string;
  subunits?: boolean;
  asnType?: AsnType;
  positionType?: PositionType;
  supervisorId?: string;
  limit: number;
  offset: number;
}

export type EmployeeInput = z.input<typeof createEmployeeSchema>;
export type EmployeePatch = z.input<typeof updateEmployeeSchema>;

export const employeeKeys = {
  all: ['employees'] as const,
  lists: () => ['employees', 'list'] as const,
  list: (params: EmployeeListParams) => ['employees', 'list', params] as const,
  detail: (id: string) => ['employees', 'detail', id] as const,
};
