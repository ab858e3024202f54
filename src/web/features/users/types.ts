import type { Role } from '../../../domain/permissions';

export interface UserAccount {
  id: string;
  username: string;
  roles: Role[];
  employeeId: string | null;
  active: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export const userKeys = {
  all: ['users'] as const,
  list: (q: string, limit: number, offset: number) => ['users', 'list', q, limit, offset] as const,
  detail: (id: string) => ['users', 'detail', id] as const,
};
