import type { UserView } from '../../../domain/auth/view.js';
import type { UserRow } from './auth.repository.js';

export const presentUser = (u: UserRow): UserView => ({
  id: u.id,
  username: u.username,
  roles: u.roles,
  employeeId: u.employeeId,
  active: u.active,
  version: u.version,
  createdAt: u.createdAt.toISOString(),
  updatedAt: u.updatedAt.toISOString(),
});
