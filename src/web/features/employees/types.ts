import type { FunctionalLevel, PositionType } from '../../../domain/people/ranks';

export type AsnType = 'PNS' | 'PPPK';

export interface PersonRef {
  id: string;
  name: string;
  nip: string;
}

export interface Employee {
  id: string;
  nip: string;
  nipFormatted: string;
  name: string;
  asnType: AsnType;
  rank: string;
  rankLabel: string;
  positionTitle: string;
  positionType: PositionType;
  functionalLevel: FunctionalLevel | null;
  unitId: string;
  unit: { id: string; code: string; name: string };
  supervisorId: string | null;
  supervisor: PersonRef | null;
  email: string | null;
  active: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

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

export interface EmployeeInput {
  nip: string;
  name: string;
  asnType: AsnType;
  rank: string;
  positionTitle: string;
  positionType: PositionType;
  functionalLevel: FunctionalLevel | null;
  unitId: string;
  supervisorId: string | null;
  email: string | null;
}

export const employeeKeys = {
  all: ['employees'] as const,
  lists: () => ['employees', 'list'] as const,
  list: (params: EmployeeListParams) => ['employees', 'list', params] as const,
  detail: (id: string) => ['employees', 'detail', id] as const,
};
