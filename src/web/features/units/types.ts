import type { PersonRef } from '../employees';

export type ActingKind = 'plt' | 'plh';

export interface ActingHead {
  employeeId: string;
  name: string;
  kind: ActingKind;
  startDate: string;
  endDate: string;
}

export interface UnitTreeItem {
  id: string;
  code: string;
  name: string;
  parentId: string | null;
  headId: string | null;
  headName: string | null;
  actingHead: ActingHead | null;
  employeeCount: number;
  depth: number;
}

export interface Unit {
  id: string;
  name: string;
  code: string;
  parentId: string | null;
  headId: string | null;
  head: PersonRef | null;
  actingHead: ActingHead | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface ActingOfficial {
  id: string;
  unitId: string;
  employeeId: string;
  employeeName: string;
  kind: ActingKind;
  startDate: string;
  endDate: string;
  note: string | null;
}

export interface UnitInput {
  name: string;
  code: string;
  parentId: string | null;
  headId: string | null;
}

export interface ActingInput {
  employeeId: string;
  kind: ActingKind;
  startDate: string;
  endDate: string;
  note: string | null;
}

export const unitKeys = {
  all: ['units'] as const,
  tree: () => ['units', 'tree'] as const,
  list: (limit: number, offset: number) => ['units', 'list', limit, offset] as const,
  detail: (id: string) => ['units', 'detail', id] as const,
  acting: (id: string) => ['units', 'acting', id] as const,
};
